import { median } from '@repro/claims';

/**
 * The learning-rate grid of the suite protocol (CLAIMS.md §3.2): ×2 steps. Every (target, d) is trained at
 * each of them and `fastestLearningRate` picks one per d: the rule is applied to measured runs, never set
 * by hand.
 */
export const LR_GRID = [0.2, 0.1, 0.05, 0.025] as const;

export interface LearningRateTrial {
  lr: number;
  /** Samples to escape of each seed at this lr; null = diverged or not within the budget. */
  escapes: (number | null)[];
  /** Seeds that diverged at this lr. */
  diverged: number;
}

/**
 * "Fastest non-divergent lr per d": among the lrs at which no seed diverged, the one whose median
 * samples-to-escape over the seeds is smallest, a seed that never escaped within the budget counting as +∞;
 * ties go to the larger lr. Null when no such lr has a finite median.
 */
export function fastestLearningRate(trials: readonly LearningRateTrial[]): number | null {
  let best: { lr: number; median: number } | null = null;
  for (const t of trials) {
    if (t.escapes.length === 0 || t.diverged > 0) continue;
    const m = median(t.escapes.map((e) => e ?? Number.POSITIVE_INFINITY));
    if (!Number.isFinite(m)) continue;
    if (best === null || m < best.median || (m === best.median && t.lr > best.lr)) best = { lr: t.lr, median: m };
  }
  return best?.lr ?? null;
}
