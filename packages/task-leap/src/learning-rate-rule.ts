import { median } from '@repro/claims';

/**
 * The learning-rate ladder of the suite protocol (CLAIMS.md §3.2): ×2 steps. `largestStableLearningRate`
 * picks one lr per target from pilot runs at the largest d of its grid; the rule is applied to measured
 * runs, never set by hand.
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

/**
 * One lr for a whole d grid: the largest lr among the pilot trials (run at the grid's largest d on seeds that
 * are not fitted) at which no pilot seed diverged and every pilot seed escaped within the budget. Null when
 * no lr qualifies (e.g. labels without signal never escape).
 */
export function largestStableLearningRate(pilots: readonly LearningRateTrial[]): number | null {
  const ok = pilots.filter((t) => t.escapes.length > 0 && t.diverged === 0 && t.escapes.every((e) => e !== null));
  return ok.length === 0 ? null : Math.max(...ok.map((t) => t.lr));
}
