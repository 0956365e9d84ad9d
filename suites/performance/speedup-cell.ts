import type { TimingSide } from '@repro/bench';
import type { Tier } from '@repro/claims';
import { median } from '@repro/claims';
import { openSide, type SideSpec, sideLabel } from './side-spec.ts';

/** A workload on a group of sides; per round, the group's time is its best side's median. */
export interface Contender {
  workload: string;
  sides: SideSpec[];
}

/** Interleaved rounds per cell, time budget and minimum calls per batch; fixed before any run. */
export const TIMING: Record<Tier, { rounds: number; timeMs: number; minIterations: number; replicates: number }> = {
  smoke: { rounds: 3, timeMs: 30, minIterations: 1, replicates: 1 },
  quick: { rounds: 9, timeMs: 200, minIterations: 2, replicates: 1 },
  full: { rounds: 21, timeMs: 500, minIterations: 3, replicates: 3 },
};

export type SpeedupRun = {
  /** time(slow) / time(fast) per round (> 1: `fast` is faster). */
  ratios: number[];
  fastMs: number[];
  slowMs: number[];
  /** The side that was best in each round, per contender. */
  fastBest: string[];
  slowBest: string[];
  firstMs: Record<string, number>;
  /** Optional sides that could not open here, with the reason. */
  absent?: Record<string, string>;
};

/**
 * Times `fast` and `slow` in interleaved rounds: each round runs one batch (tinybench) of every side of
 * both contenders, in an order rotated per round, then compares the contenders' best medians. Every
 * side is its own worker thread or process, opened here and closed before returning.
 */
export async function measureSpeedup(fast: Contender, slow: Contender, tier: Tier): Promise<SpeedupRun> {
  const timing = TIMING[tier];
  const planned: { contender: 'fast' | 'slow'; workload: string; spec: SideSpec; side?: TimingSide }[] = [
    ...fast.sides.map((spec) => ({ contender: 'fast' as const, workload: fast.workload, spec })),
    ...slow.sides.map((spec) => ({ contender: 'slow' as const, workload: slow.workload, spec })),
  ];
  const firstMs: Record<string, number> = {};
  const absent: Record<string, string> = {};
  try {
    for (const e of planned) {
      try {
        e.side = await openSide(e.spec);
        firstMs[`${e.contender}:${e.workload}@${sideLabel(e.spec)}`] = (await e.side.prepare(e.workload, 2)).firstMs;
      } catch (err) {
        if (!e.spec.optional) throw err;
        await e.side?.close().catch(() => undefined);
        e.side = undefined;
        absent[sideLabel(e.spec)] = err instanceof Error ? err.message : String(err);
      }
    }
    const entries = planned.filter((e) => e.side);
    for (const c of ['fast', 'slow'] as const) {
      if (!entries.some((e) => e.contender === c)) {
        throw new Error(
          `no ${c} side could open here: ${Object.entries(absent)
            .map(([l, r]) => `${l}: ${r}`)
            .join('; ')}`,
        );
      }
    }
    const run: SpeedupRun = { ratios: [], fastMs: [], slowMs: [], fastBest: [], slowBest: [], firstMs };
    if (Object.keys(absent).length > 0) run.absent = absent;
    for (let r = 0; r < timing.rounds; r += 1) {
      const medians = new Map<(typeof entries)[number], number>();
      for (let j = 0; j < entries.length; j += 1) {
        const e = entries[(j + r) % entries.length] as (typeof entries)[number];
        const samples = await (e.side as TimingSide).sample(e.workload, timing);
        medians.set(e, median(samples));
      }
      const best = (c: 'fast' | 'slow') =>
        entries
          .filter((e) => e.contender === c)
          .map((e) => ({ label: sideLabel(e.spec), ms: medians.get(e) as number }))
          .sort((a, b) => a.ms - b.ms)[0] as { label: string; ms: number };
      const f = best('fast');
      const s = best('slow');
      run.ratios.push(s.ms / f.ms);
      run.fastMs.push(f.ms);
      run.slowMs.push(s.ms);
      run.fastBest.push(f.label);
      run.slowBest.push(s.label);
    }
    for (const e of entries) await e.side?.release(e.workload);
    return run;
  } finally {
    for (const e of planned) await e.side?.close().catch(() => undefined);
  }
}
