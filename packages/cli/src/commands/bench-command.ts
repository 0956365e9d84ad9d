import { BACKEND_NAMES, type BackendName, isBackendName } from '@repro/tensor';
import { type Command, Option } from 'commander';
import { writableDir } from '../run-options.ts';
import { UsageError } from '../usage-error.ts';
import type { Io } from './run-command.ts';

export interface BenchFlags {
  vs?: string;
  backend: string;
  out: string;
  rounds: string;
  time: string;
  workload?: string[];
}

/** The part of @repro/bench this command uses (loaded on demand: `repro` starts without it). */
interface BenchModule {
  runBench(options: {
    root: string;
    backends: BackendName[];
    torch: boolean;
    rounds: number;
    timeMs: number;
    workloads?: string[];
    log: (line: string) => void;
  }): Promise<unknown>;
  formatTable(results: never): string;
  writeBenchResults(dir: string, results: never): string;
  WORKLOADS: readonly { name: string }[];
}

const DEFAULT_BACKENDS = 'wasm,wasm-mt,wasm-blas,cpu';
const BENCH_PACKAGE = '@repro/bench';

function positive(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} must be a positive integer (got "${value}")`);
  return n;
}

function parseBackends(value: string): BackendName[] {
  if (value === 'all') return [...BACKEND_NAMES];
  const names = value.split(',').map((s) => s.trim());
  for (const name of names) {
    if (!isBackendName(name)) {
      throw new UsageError(`--backend must be a comma list of ${BACKEND_NAMES.join(', ')}, or all (got "${name}")`);
    }
  }
  return names as BackendName[];
}

/** `repro bench [--vs torch] [--backend …] [--out DIR]`: the performance table, and DIR/bench.json. */
export async function benchCommand(root: string, flags: BenchFlags, io: Io): Promise<number> {
  if (flags.vs !== undefined && flags.vs !== 'torch')
    throw new UsageError(`--vs supports torch only (got "${flags.vs}")`);
  const backends = parseBackends(flags.backend);
  const rounds = positive(flags.rounds, '--rounds');
  const timeMs = positive(flags.time, '--time');
  const outDir = writableDir(flags.out, '--out');
  let bench: BenchModule;
  try {
    const specifier: string = BENCH_PACKAGE;
    bench = (await import(specifier)) as BenchModule;
  } catch (error) {
    throw new UsageError(
      `${BENCH_PACKAGE} cannot be loaded (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); run pnpm install`,
    );
  }
  const known = bench.WORKLOADS.map((w) => w.name);
  for (const w of flags.workload ?? []) {
    if (!known.includes(w)) throw new UsageError(`unknown workload "${w}" (known: ${known.join(', ')})`);
  }
  const results = await bench.runBench({
    root,
    backends,
    torch: flags.vs === 'torch',
    rounds,
    timeMs,
    ...(flags.workload ? { workloads: flags.workload } : {}),
    log: (line) => io.out(`${line}\n`),
  });
  io.out(`\n${bench.formatTable(results as never)}`);
  io.out(`bench: ${bench.writeBenchResults(outDir, results as never)}\n`);
  return 0;
}

/** Registers `bench` on the program. */
export function registerBenchCommand(
  cli: Command,
  root: string,
  io: Io,
  exit: (code: number) => void,
  command: typeof benchCommand = benchCommand,
): void {
  cli
    .command('bench')
    .description('performance table: GFLOP/s per workload and backend (and the ratio to PyTorch with --vs torch)')
    .addOption(new Option('--vs <reference>', 'run the PyTorch reference interleaved with ours (torch)'))
    .addOption(
      new Option('--backend <names>', `comma list of ${BACKEND_NAMES.join(', ')}, or all`).default(DEFAULT_BACKENDS),
    )
    .addOption(new Option('--rounds <n>', 'interleaved rounds per workload').default('5'))
    .addOption(new Option('--time <ms>', 'time budget of one batch per side and round, ms').default('300'))
    .addOption(new Option('--workload <names...>', 'only these workloads'))
    .addOption(new Option('--out <dir>', 'where bench.json goes').default('results'))
    .action(async (flags: BenchFlags) => exit(await command(root, flags, io)));
}
