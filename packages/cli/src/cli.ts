import type { LoadedSuite } from '@repro/claims';
import { StoreWriteError } from '@repro/claims';
import { Command, CommanderError, Option } from 'commander';
import { type benchCommand, registerBenchCommand } from './commands/bench-command.ts';
import { leapCommand } from './commands/leap-command.ts';
import { listCommand } from './commands/list-command.ts';
import { mergeCommand } from './commands/merge-command.ts';
import { type ReportFlags, reportCommand } from './commands/report-command.ts';
import { type Io, runCommand } from './commands/run-command.ts';
import { parseRunFlags } from './run-options.ts';
import { UsageError } from './usage-error.ts';

/** The commands behind the parser; tests replace them to exercise parsing and validation alone. */
export interface Commands {
  run: typeof runCommand;
  merge: typeof mergeCommand;
  report: typeof reportCommand;
  list: typeof listCommand;
  leap: typeof leapCommand;
  bench?: typeof benchCommand;
}

export interface CliContext {
  root: string;
  io: Io;
  /** Where the one-line error goes. */
  err: (s: string) => void;
  env: NodeJS.ProcessEnv;
  suites: () => Promise<LoadedSuite[]>;
  commands?: Partial<Commands>;
}

/** Errors of the disk or of files the user named: reported as one line with exit status 2. */
const USER_FS_CODES = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'EISDIR', 'ENOTDIR', 'ENOENT']);

const runOptions = (cmd: Command) =>
  cmd
    .addOption(new Option('--tier <tier>', 'smoke | quick | full').default('quick'))
    .addOption(new Option('--backend <name>', 'wasm | wasm-mt | cpu | webgpu | native | gpu | all').default('wasm'))
    .addOption(new Option('--seed <n>', 'base seed of every cell').default('0'))
    .addOption(
      new Option('--seeds <list>', 'run with each master seed, e.g. 0,1,2, and list claims whose verdict flips'),
    )
    .addOption(new Option('--shard <I/N|auto>', 'run only shard I of N (auto: from the Slurm array variables)'))
    .addOption(new Option('--jobs <n>', 'worker threads (default: the number of cores)'))
    .addOption(new Option('--out <dir>', 'results directory').default('results'));

function program(ctx: CliContext, exit: (code: number) => void): Command {
  const commands: Commands = {
    run: runCommand,
    merge: mergeCommand,
    report: reportCommand,
    list: listCommand,
    leap: leapCommand,
    ...ctx.commands,
  };
  const { root, io } = ctx;
  const cli = new Command('repro')
    .description('Re-runs the headline experiments of learning-theory papers and decides each claim.')
    .exitOverride()
    .enablePositionalOptions()
    .configureOutput({ outputError: () => {}, writeOut: (s) => io.out(s) })
    .showSuggestionAfterError(false);
  runOptions(cli).action(async (flags: Record<string, unknown>) => {
    const parsed = parseRunFlags(flags, ctx.env);
    const ran = await commands.run(root, await ctx.suites(), [], parsed, io, false);
    const reported = commands.report({ in: parsed.out, out: 'reports' }, io);
    exit(Math.max(ran, reported));
  });
  cli
    .command('list')
    .description('suites and claim ids')
    .action(async () => exit(await commands.list(await ctx.suites(), io.out)));
  runOptions(cli.command('run').argument('[targets...]', 'suites or claim ids (default: all)'))
    .description('run suites or claims and write DIR/results.json')
    .action(async (targets: string[], flags: Record<string, unknown>) => {
      exit(await commands.run(root, await ctx.suites(), targets, parseRunFlags(flags, ctx.env), io));
    });
  cli
    .command('merge')
    .argument('<dirs...>', 'shard result directories')
    .requiredOption('--out <dir>', 'merged results directory')
    .description('merge shards into one results.json (every cell exactly once, or nothing is decided)')
    .action(async (dirs: string[], flags: { out: string }) =>
      exit(commands.merge(await ctx.suites(), dirs, flags.out, io)),
    );
  cli
    .command('report')
    .description('results.json → a self-contained HTML report and the terminal table')
    .addOption(new Option('--in <dir>', 'results directory (or a results.json file)').default('results'))
    .addOption(new Option('--out <dir>', 'report directory').default('reports'))
    .addOption(new Option('--baseline <file>', 'an earlier results.json to compare against'))
    .action((flags: ReportFlags) => exit(commands.report(flags, io)));
  cli
    .command('leap')
    .description('the leap of a target and one ordering that attains it')
    .argument('<expression>', 'e.g. "x1 + x1*x2*x3" (Boolean) or "x1 + x1*He2(x2)" with --gaussian')
    .option('--gaussian', 'Hermite basis: x<i>^<k> means He_k(x_i)')
    .action((expression: string, flags: { gaussian?: boolean }) => exit(commands.leap(expression, flags, io)));
  registerBenchCommand(cli, root, io, exit, commands.bench);
  return cli;
}

/** The one line an error becomes, and its exit status: 2 for bad input or a full/unwritable disk, else 1. */
export function describeError(error: unknown): { line: string; code: number } {
  if (error instanceof CommanderError) {
    return { line: error.message.replace(/^error: /, '').split('\n')[0] ?? '', code: error.exitCode === 0 ? 0 : 2 };
  }
  if (error instanceof UsageError || error instanceof StoreWriteError) return { line: error.message, code: 2 };
  const fsCode = (error as NodeJS.ErrnoException | null)?.code;
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  if (typeof fsCode === 'string' && USER_FS_CODES.has(fsCode)) return { line: `cannot write: ${message}`, code: 2 };
  return { line: message, code: 1 };
}

/**
 * Parses `argv` (as process.argv: node, script, words…) and runs the command. Returns the exit status;
 * never throws: an error is written to `ctx.err` as one line `repro: …`.
 */
export async function runCli(argv: string[], ctx: CliContext): Promise<number> {
  let code = 0;
  try {
    await program(ctx, (c) => {
      code = c;
    }).parseAsync(argv);
    return code;
  } catch (error) {
    const described = describeError(error);
    if (described.code === 0) return 0;
    ctx.err(`repro: ${described.line}\n`);
    if (ctx.env.REPRO_DEBUG) console.error(error);
    return described.code;
  }
}
