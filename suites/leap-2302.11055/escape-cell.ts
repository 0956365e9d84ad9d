import type { CellContext, CellSpec, GatedCells, Tier } from '@repro/claims';
import { ESCAPE_NMSE, largestStableLearningRate, leapTarget, samplesToReach, trainOnline } from '@repro/task-leap';
import { createRng, deriveSeed } from '@repro/tensor';
import { trialsOf } from './escape-points.ts';
import { ESCAPE, NET, TARGETS, type TargetName } from './sizes.ts';

export type EscapeRun = {
  target: string;
  d: number;
  lr: number;
  /** Samples to test NMSE ≤ 0.5, interpolated in log samples; null: diverged or not within the budget. */
  escape: number | null;
  diverged: boolean;
  samples: number;
  finalNmse: number | null;
  random: boolean;
  /** A pilot run of the lr rule (separate seeds at the largest d), never a fitted point. */
  pilot: boolean;
};

/**
 * The cells of one escape sweep: for each d of the sweep and each lr of the ladder, `replicates` seeds of the
 * target (claim arm) and `controlReplicates` seeds of the random-label run (control arm, same d, lr, budget);
 * plus, for each arm, pilot seeds (`pilot: true`, never fitted) at the sweep's largest d and every lr, from
 * which the lr rule picks the one lr used at every d.
 */
export function escapeCells(
  tier: Tier,
  sweep: 'leap1' | 'leap2' | 'leap3' | 'leap4',
  target: TargetName,
  replicates: number = ESCAPE[tier].sweeps[sweep].replicates ?? ESCAPE[tier].replicates,
): CellSpec[] {
  const size = ESCAPE[tier];
  const dims = size.sweeps[sweep].dims;
  const largest = Math.max(...dims);
  const grid = dims.flatMap((d) => size.lrs.map((lr) => ({ d, lr })));
  const arm = (armName: 'claim' | 'control', labels: 'target' | 'random', n: number, pilots: number) => [
    ...grid.flatMap((g) =>
      Array.from({ length: n }, (_, replicate) => ({
        arm: armName,
        params: { target, sweep, labels, d: g.d, lr: g.lr },
        replicate,
      })),
    ),
    ...size.lrs.flatMap((lr) =>
      Array.from({ length: pilots }, (_, replicate) => ({
        arm: armName,
        params: { target, sweep, labels, d: largest, lr, pilot: true },
        replicate,
      })),
    ),
  ];
  return [
    ...arm('claim', 'target', replicates, size.pilotReplicates),
    ...arm('control', 'random', size.controlReplicates, size.controlPilotReplicates),
  ];
}

/**
 * The measured (non-pilot) cells run only at the lr their pilots choose: once every pilot of the claim has
 * finished, a measured cell is needed when its lr is the one the lr rule (`largestStableLearningRate`) picks
 * from the pilots of the same arm, target, sweep and labels; none is needed when the rule picks none (the
 * random-label controls). The measure functions read only those cells, so the other ladder lrs need not run.
 */
export const escapeGating: GatedCells<EscapeRun> = {
  isGated: (cell) => cell.params.pilot !== true,
  needed: (cell, gates) => {
    const p = cell.params;
    const pilots = gates.filter(
      (g) =>
        g.arm === cell.arm &&
        g.params.pilot === true &&
        g.params.target === p.target &&
        g.params.sweep === p.sweep &&
        g.params.labels === p.labels,
    );
    const lr = largestStableLearningRate(trialsOf(pilots));
    return lr !== null && Number(p.lr) === lr;
  },
};

/** One online-SGD run, stopped at escape (test NMSE ≤ 0.5), divergence, or the sweep's sample budget. */
export async function runEscape(cell: CellSpec, ctx: CellContext): Promise<EscapeRun> {
  const size = ESCAPE[ctx.tier];
  const name = String(cell.params.target) as TargetName;
  const sweep = String(cell.params.sweep) as keyof EscapeSizes['sweeps'];
  const target = leapTarget(TARGETS[name]);
  const d = Number(cell.params.d);
  const lr = Number(cell.params.lr);
  const random = cell.params.labels === 'random';
  const run = trainOnline(
    target,
    {
      d,
      width: NET.width,
      batch: NET.batch,
      lr,
      maxSamples: size.sweeps[sweep].budget,
      stopBelow: ESCAPE_NMSE,
      testSize: size.testSize,
      minEvalSteps: size.minEvalSteps,
      evalGrowth: size.evalGrowth,
      labels: random ? 'random' : 'target',
    },
    createRng(deriveSeed(ctx.seed, 'train')),
  );
  return {
    target: TARGETS[name],
    d,
    lr,
    escape: run.diverged ? null : samplesToReach(run, ESCAPE_NMSE),
    diverged: run.diverged,
    samples: run.samples.at(-1) ?? 0,
    finalNmse: Number.isFinite(run.nmse.at(-1)) ? (run.nmse.at(-1) as number) : null,
    random,
    pilot: cell.params.pilot === true,
  };
}

type EscapeSizes = (typeof ESCAPE)[Tier];
