import { countPlateaus, PLATEAU_RULE, type Plateau } from './count-plateaus.ts';
import type { LeapTarget } from './leap-target.ts';
import { learnedInOrder, learnTimes } from './learn-times.ts';
import { projectedLoss, runningMedian } from './projected-loss.ts';
import type { OnlineSgdRun } from './train-online.ts';

/** What the summary reads from a run (a stored run has these fields too). */
export type SaddleCurve = Pick<OnlineSgdRun, 'samples' | 'coefficients' | 'displacementMass'>;

/** Separation of successive learn times for "learned one after another" (fixed before any run). */
export const ORDER_SEPARATION = 1.25;
/** Window of the running median applied to the projected loss before plateaus are counted. */
export const SMOOTHING_WINDOW = 5;

export interface SaddleSummary {
  /** Plateaus of the smoothed projected loss (PLATEAU_RULE). */
  plateaus: Plateau[];
  /** Samples at which each monomial's coefficient reached half its target value (null: never). */
  learnTimes: (number | null)[];
  /** Whether the monomials were learned one after another in the calculator's leap-minimizing order. */
  inOrder: boolean;
  /** Mean displacement mass on coordinates outside the target's support / on the support. */
  offSupportRatio: number;
}

/** The saddle-to-saddle statistics of one run on `target` (C3.2). */
export function saddleSummary(run: SaddleCurve, target: LeapTarget): SaddleSummary {
  const c = target.terms.map((t) => t.coefficient);
  const smoothed = runningMedian(projectedLoss(run.coefficients, c), SMOOTHING_WINDOW);
  const times = learnTimes(run.samples, run.coefficients, c);
  const support = new Set(target.support);
  const mean = (xs: number[]) => xs.reduce((s, v) => s + v, 0) / Math.max(1, xs.length);
  const on = run.displacementMass.filter((_, i) => support.has(i + 1));
  const off = run.displacementMass.filter((_, i) => !support.has(i + 1));
  return {
    plateaus: countPlateaus(run.samples, smoothed, PLATEAU_RULE),
    learnTimes: times,
    inOrder: learnedInOrder(times, target.order, ORDER_SEPARATION),
    offSupportRatio: mean(off) / mean(on),
  };
}
