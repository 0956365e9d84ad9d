import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { bootstrapInterval, median } from '@repro/claims';
import { type BackendName, createRng, deriveSeed, HOST_BLAS_ENV, hostBlasStatus } from '@repro/tensor';
import type { BenchResults, SideResult, WorkloadResult } from './bench-results.ts';
import { interleave } from './interleave.ts';
import { openTfjsSide } from './tfjs-side.ts';
import type { Prepared, TimingSide } from './timing-side.ts';
import { findTorchPython, openTorchSide, TORCH_CONFIGS } from './torch-side.ts';
import type { Workload } from './workload.ts';
import { WORKLOADS } from './workloads/index.ts';

export interface RunBenchOptions {
  /** The repository root (for scripts/torch/bench.py). */
  root: string;
  backends: BackendName[];
  /** Run the PyTorch reference interleaved with ours. */
  torch: boolean;
  /** Interleaved rounds per workload (default 5). */
  rounds?: number;
  /** Time budget of one side's batch in a round, ms (default 300). */
  timeMs?: number;
  /** Minimum calls per batch (default 2). */
  minIterations?: number;
  /** Warm-up calls after the first call (default 2). */
  warmup?: number;
  /** Workload names (default: all). */
  workloads?: string[];
  log?: (line: string) => void;
}

const flat = (rounds: number[][]) => rounds.flat();

/**
 * The sides of the float64 JavaScript workloads: `js` with `REPRO_HOST_BLAS=0` (all in JavaScript) and
 * `js-blas` with the products and solves on OpenBLAS (`hostBlasStatus()`; skipped with its reason when absent).
 */
export const JS_SIDES = ['js', 'js-blas'] as const;

/** Speed ratio torch/ours per round (median times), median over rounds with a bootstrap interval over rounds. */
function ratioOf(
  ours: number[][],
  torch: number[][],
  seedLabel: string,
): { value: number; interval: [number, number] } {
  const n = Math.min(ours.length, torch.length);
  const perRound = Array.from({ length: n }, (_, r) => median(torch[r] as number[]) / median(ours[r] as number[]));
  const rng = createRng(deriveSeed('bench-ratio', seedLabel));
  const { value, interval } = bootstrapInterval(perRound, (xs) => median(xs), { random: () => rng.uniform() });
  return { value, interval: [interval[0], interval[1]] };
}

async function openSides(options: RunBenchOptions, needJs: boolean) {
  const log = options.log ?? (() => {});
  const opened: TimingSide[] = [];
  const skipped: { label: string; skipped: string }[] = [];
  const tryOpen = async (label: string, open: () => Promise<TimingSide>) => {
    try {
      opened.push(await open());
      log(`side ${label}: ready`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      skipped.push({ label, skipped: reason });
      log(`side ${label}: skipped (${reason})`);
    }
  };
  // Mesa's EGL needs EGL_PLATFORM in the process environment before a worker thread loads Dawn (a worker cannot set it).
  if (options.backends.includes('webgpu') && process.platform === 'linux') process.env.EGL_PLATFORM ??= 'surfaceless';
  for (const backend of options.backends) await tryOpen(backend, () => openTfjsSide(backend));
  if (needJs) {
    await tryOpen('js', () => openTfjsSide('cpu', 'js', { [HOST_BLAS_ENV]: '0' }));
    const host = hostBlasStatus();
    if (host.available) await tryOpen('js-blas', () => openTfjsSide('cpu', 'js-blas'));
    else {
      skipped.push({ label: 'js-blas', skipped: host.reason });
      log(`side js-blas: skipped (${host.reason})`);
    }
  }
  if (options.torch) {
    const found = findTorchPython();
    if ('reason' in found) {
      skipped.push({ label: 'torch', skipped: found.reason });
      log(`side torch: skipped (${found.reason})`);
    } else {
      const script = join(options.root, 'scripts', 'torch', 'bench.py');
      for (const config of TORCH_CONFIGS) {
        await tryOpen(`torch:${config.name}`, () => openTorchSide(found.python, script, config));
      }
    }
  }
  return { opened, skipped };
}

async function benchWorkload(w: Workload, sides: TimingSide[], options: RunBenchOptions): Promise<WorkloadResult> {
  const rounds = options.rounds ?? 5;
  const sampleOptions = { timeMs: options.timeMs ?? 300, minIterations: options.minIterations ?? 2 };
  const prepared: (Prepared | string)[] = [];
  for (const side of sides) {
    prepared.push(await side.prepare(w.name, options.warmup ?? 2).catch((e: Error) => e.message));
  }
  const ready = sides.filter((_, i) => typeof prepared[i] !== 'string');
  const timed = await interleave(ready, w.name, rounds, sampleOptions);
  const results: SideResult[] = [];
  for (const [i, side] of sides.entries()) {
    const p = prepared[i] as Prepared | string;
    const k = ready.indexOf(side);
    const released =
      k >= 0
        ? await side.release(w.name).then(
            () => undefined,
            (e: Error) => e.message,
          )
        : undefined;
    const error = typeof p === 'string' ? p : (timed.errors[k] ?? released);
    if (typeof p === 'string' || error !== undefined) {
      results.push({ state: 'errored', side: side.label, error: error ?? 'unknown' });
      continue;
    }
    const sideRounds = timed.rounds[k] as number[][];
    const medianMs = median(flat(sideRounds));
    results.push({
      state: 'completed',
      side: side.label,
      firstMs: p.firstMs,
      warmupMs: p.warmupMs,
      rounds: sideRounds,
      medianMs,
      gflops: w.flops > 0 ? w.flops / (medianMs * 1e6) : null,
    });
  }
  const done = results.filter((r): r is Extract<SideResult, { state: 'completed' }> => r.state === 'completed');
  const torch = done.filter((r) => r.side.startsWith('torch:')).sort((a, b) => a.medianMs - b.medianMs)[0];
  const result: WorkloadResult = {
    workload: w.name,
    description: w.description,
    engine: w.engine,
    params: w.params,
    flops: w.flops,
    flopsNote: w.flopsNote,
    sides: results,
  };
  if (torch) {
    result.torchBest = torch.side;
    result.ratioToTorch = Object.fromEntries(
      done
        .filter((r) => !r.side.startsWith('torch:'))
        .map((r) => [r.side, ratioOf(r.rounds, torch.rounds, `${w.name}/${r.side}`)]),
    );
  }
  return result;
}

/**
 * `repro bench`: every workload on every requested backend (each in its own worker thread) and, with
 * `torch`, on the PyTorch reference in both configurations, interleaved round by round in this one
 * invocation. First-call and warm-up times are kept apart from the timed rounds.
 */
export async function runBench(options: RunBenchOptions): Promise<BenchResults> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const workloads = options.workloads ? WORKLOADS.filter((w) => options.workloads?.includes(w.name)) : [...WORKLOADS];
  const { opened, skipped } = await openSides(
    options,
    workloads.some((w) => w.engine === 'js'),
  );
  const out: WorkloadResult[] = [];
  try {
    for (const w of workloads) {
      const isJs = (label: string) => (JS_SIDES as readonly string[]).includes(label);
      const sides = opened.filter((s) => s.label.startsWith('torch:') || (w.engine === 'js') === isJs(s.label));
      options.log?.(`${w.name}: ${sides.map((s) => s.label).join(', ')}`);
      out.push(await benchWorkload(w, sides, options));
    }
  } finally {
    for (const side of opened) await side.close();
  }
  return {
    schema: 1,
    startedAt,
    durationS: (performance.now() - started) / 1000,
    options: {
      backends: options.backends,
      torch: options.torch,
      rounds: options.rounds ?? 5,
      timeMs: options.timeMs ?? 300,
      minIterations: options.minIterations ?? 2,
    },
    sides: [...opened.map((s) => ({ label: s.label, info: s.info })), ...skipped],
    workloads: out,
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', node: process.version, loadavg: loadavg() },
  };
}
