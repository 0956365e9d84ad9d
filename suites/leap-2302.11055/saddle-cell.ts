import type { CellContext, CellSpec, Tier } from '@repro/claims';
import {
  ESCAPE_NMSE,
  LEARN_NMSE,
  leapTarget,
  type SaddleSummary,
  saddleSummary,
  samplesToReach,
  trainOnline,
} from '@repro/task-leap';
import { createRng, deriveSeed } from '@repro/tensor';
import { NET, SADDLE } from './sizes.ts';

export type SaddleRun = {
  target: string;
  names: string[];
  /** Target coefficients (unit variance) in the written order, and the calculator's leap-minimizing order. */
  coefficients: number[];
  order: number[];
  samples: number[];
  nmse: number[];
  /** Learned coefficient of each monomial at each evaluation ([term][eval]). */
  learned: number[][];
  /** Displacement mass per coordinate at the end. */
  displacementMass: number[];
  escape: number | null;
  learn: number | null;
  diverged: boolean;
};

const round = (v: number) => Number(v.toPrecision(4));

/** The cells of a C3.2 claim: `replicates` seeds of the claim target and of the control target (or random labels). */
export function saddleCells(
  tier: Tier,
  claim: string,
  control: string,
  controlLabels: 'target' | 'random',
): CellSpec[] {
  const n = SADDLE[tier].replicates;
  const arm = (a: 'claim' | 'control', target: string, labels: string) =>
    Array.from({ length: n }, (_, replicate) => ({ arm: a, params: { target, labels }, replicate }));
  return [...arm('claim', claim, 'target'), ...arm('control', control, controlLabels)];
}

/** One C3.2 run: online SGD at the tier's d and lr until test NMSE ≤ 0.1 or the budget. */
export async function runSaddle(cell: CellSpec, ctx: CellContext): Promise<SaddleRun> {
  const size = SADDLE[ctx.tier];
  const target = leapTarget(String(cell.params.target));
  const run = trainOnline(
    target,
    {
      d: size.d,
      width: NET.width,
      batch: NET.batch,
      lr: size.lr,
      maxSamples: size.budget,
      stopBelow: LEARN_NMSE,
      testSize: size.testSize,
      minEvalSteps: 1,
      evalGrowth: size.evalGrowth,
      labels: cell.params.labels === 'random' ? 'random' : 'target',
      outputInitStd: size.outputInitStd,
    },
    createRng(deriveSeed(ctx.seed, 'train')),
  );
  const coefficients = target.terms.map((t) => t.coefficient);
  return {
    target: target.text,
    names: target.names,
    coefficients,
    order: target.order,
    samples: run.samples,
    nmse: run.nmse.map((v) => (Number.isFinite(v) ? round(v) : 1e9)),
    learned: run.coefficients.map((s) => s.map((v) => (Number.isFinite(v) ? round(v) : 0))),
    displacementMass: run.displacementMass.map(round),
    escape: run.diverged ? null : samplesToReach(run, ESCAPE_NMSE),
    learn: run.diverged ? null : samplesToReach(run, LEARN_NMSE),
    diverged: run.diverged,
  };
}

/** The C3.2 statistics of a stored run (plateaus, learn times, order, off-support ratio), computed at measure time. */
export function summarizeSaddle(run: SaddleRun): SaddleSummary {
  return saddleSummary(
    { samples: run.samples, coefficients: run.learned, displacementMass: run.displacementMass },
    leapTarget(run.target),
  );
}
