#!/usr/bin/env -S node --import tsx
import { loadSuites } from '@repro/claims';
import { Command, CommanderError, Option } from 'commander';
import pc from 'picocolors';
import { leapCommand } from './commands/leap-command.ts';
import { listCommand } from './commands/list-command.ts';
import { mergeCommand } from './commands/merge-command.ts';
import { type ReportFlags, reportCommand } from './commands/report-command.ts';
import { runCommand } from './commands/run-command.ts';
import { findRoot } from './find-root.ts';
import { parseRunFlags } from './run-options.ts';
import { UsageError } from './usage-error.ts';

const root = findRoot();
const io = {
  out: (s: string) => void process.stdout.write(s),
  color: Boolean(process.stdout.isTTY) && pc.isColorSupported,
};
const suites = () => loadSuites(root);

const runOptions = (cmd: Command) =>
  cmd
    .addOption(new Option('--tier <tier>', 'smoke | quick | full').default('quick'))
    .addOption(new Option('--backend <name>', 'wasm | cpu | webgpu | native | gpu | all').default('wasm'))
    .addOption(new Option('--seed <n>', 'base seed of every cell').default('0'))
    .addOption(new Option('--shard <I/N>', 'run only shard I of N (merge the shards afterwards)'))
    .addOption(new Option('--jobs <n>', 'worker threads (default: the number of cores)'))
    .addOption(new Option('--out <dir>', 'results directory').default('results'));

const notYet = (what: string) => () => {
  throw new UsageError(`${what} is not available yet`);
};

function program(): Command {
  const cli = new Command('repro')
    .description('Re-runs the headline experiments of learning-theory papers and decides each claim.')
    .exitOverride()
    .enablePositionalOptions()
    .configureOutput({ outputError: () => {} })
    .showSuggestionAfterError(false);
  runOptions(cli).action(async (flags: Record<string, unknown>) => {
    const parsed = parseRunFlags(flags);
    const ran = await runCommand(root, await suites(), [], parsed, io, false);
    const reported = reportCommand({ in: parsed.out, out: 'reports' }, io);
    process.exitCode = Math.max(ran, reported);
  });
  cli
    .command('list')
    .description('suites and claim ids')
    .action(async () => {
      process.exitCode = await listCommand(await suites(), io.out);
    });
  runOptions(cli.command('run').argument('[targets...]', 'suites or claim ids (default: all)'))
    .description('run suites or claims and write DIR/results.json')
    .action(async (targets: string[], flags: Record<string, unknown>) => {
      process.exitCode = await runCommand(root, await suites(), targets, parseRunFlags(flags), io);
    });
  cli
    .command('merge')
    .argument('<dirs...>', 'shard result directories')
    .requiredOption('--out <dir>', 'merged results directory')
    .description('merge shards into one results.json')
    .action(async (dirs: string[], flags: { out: string }) => {
      process.exitCode = mergeCommand(await suites(), dirs, flags.out, io);
    });
  cli
    .command('report')
    .description('results.json → a self-contained HTML report and the terminal table')
    .addOption(new Option('--in <dir>', 'results directory (or a results.json file)').default('results'))
    .addOption(new Option('--out <dir>', 'report directory').default('reports'))
    .addOption(new Option('--baseline <file>', 'an earlier results.json to compare against'))
    .action((flags: ReportFlags) => {
      process.exitCode = reportCommand(flags, io);
    });
  cli
    .command('leap')
    .description('the leap of a target and one ordering that attains it')
    .argument('<expression>', 'e.g. "x1 + x1*x2*x3" (Boolean) or "x1 + x1*He2(x2)" with --gaussian')
    .option('--gaussian', 'Hermite basis: x<i>^<k> means He_k(x_i)')
    .action((expression: string, flags: { gaussian?: boolean }) => {
      process.exitCode = leapCommand(expression, flags, io);
    });
  cli.command('bench').allowUnknownOption().allowExcessArguments().action(notYet('repro bench'));
  return cli;
}

try {
  await program().parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) process.exit(0);
    process.stderr.write(`repro: ${error.message.replace(/^error: /, '')}\n`);
    process.exit(2);
  }
  if (error instanceof UsageError) {
    process.stderr.write(`repro: ${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`repro: ${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env.REPRO_DEBUG) console.error(error);
  process.exit(1);
}
