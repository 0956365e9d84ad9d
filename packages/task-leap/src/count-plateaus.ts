import { ols } from '@repro/claims';

export type PlateauOptions = {
  /** Largest |d value / d ln samples| of a flat evaluation (OLS slope over its window). */
  maxSlope: number;
  /** Window of the local slope: the evaluations within [s/√window, s·√window] of evaluation s. */
  window: number;
  /** Shortest plateau, as the ratio of its last to its first sample count (a length in log time). */
  minRatio: number;
  /** And in evaluations: a plateau spans at least this many (early evaluations are one step apart). */
  minPoints: number;
  /** Plateaus at or below this level are the fitted end state, not a saddle. */
  floor: number;
  /** Successive plateaus closer in level than this are one plateau broken by noise. */
  minDrop: number;
};

export type Plateau = {
  from: number;
  to: number;
  level: number;
};

/**
 * The suite's plateau rule: flat where the local slope in log samples is at most 0.05 per e-fold (a drop of
 * 1/3 over ×1.5 samples is ≈ 0.8), over ≥ ×1.5 samples and ≥ 10 evaluations, at a level above 0.1.
 */
export const PLATEAU_RULE: PlateauOptions = {
  maxSlope: 0.05,
  window: 1.5,
  minRatio: 1.5,
  minPoints: 10,
  floor: 0.1,
  minDrop: 0.1,
};

/**
 * Plateaus of a curve read in log time. An evaluation (samples > 0) is flat when the OLS slope of the values
 * on ln samples over its window is at most `maxSlope` in size; a maximal run of flat evaluations is a plateau
 * when it lasts ×`minRatio` in samples and `minPoints` evaluations at a mean level above `floor`. A plateau
 * whose level is within `minDrop` of the previous one is merged into it.
 */
export function countPlateaus(
  samples: readonly number[],
  values: readonly number[],
  rule: PlateauOptions = PLATEAU_RULE,
): Plateau[] {
  const points = samples
    .map((s, i) => ({ u: Math.log(s), y: values[i] as number, s }))
    .filter((p) => p.s > 0 && Number.isFinite(p.y));
  const half = Math.log(rule.window) / 2;
  const flat = points.map((p) => {
    const near = points.filter((q) => Math.abs(q.u - p.u) <= half);
    if (near.length < 3) return false;
    const slope = ols(
      near.map((q) => q.u),
      near.map((q) => q.y),
    ).slope;
    return Math.abs(slope) <= rule.maxSlope;
  });
  const plateaus: Plateau[] = [];
  let k = 0;
  while (k < points.length) {
    if (!flat[k]) {
      k += 1;
      continue;
    }
    let l = k;
    while (l + 1 < points.length && flat[l + 1]) l += 1;
    const run = points.slice(k, l + 1);
    const level = run.reduce((a, p) => a + p.y, 0) / run.length;
    const first = points[k] as { s: number };
    const last = points[l] as { s: number };
    if (last.s / first.s >= rule.minRatio && run.length >= rule.minPoints && level > rule.floor) {
      const previous = plateaus.at(-1);
      if (previous && Math.abs(previous.level - level) < rule.minDrop) previous.to = last.s;
      else plateaus.push({ from: first.s, to: last.s, level });
    }
    k = l + 1;
  }
  return plateaus;
}
