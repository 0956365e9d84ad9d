import { type CellOutcome, locateCrossing, resample } from '@repro/claims';
import { TRANSITION_NMSE } from './sizes.ts';
import { type CurveOutput, meanCurve } from './transition-cell.ts';

/**
 * α* where the seed-mean test NMSE first falls to 0.5, interpolated linearly in α between grid points
 * (`locateCrossing` in log n, and log n = α·ln d); +∞ when the curve never reaches 0.5 on the grid, −∞ when it
 * starts below it.
 */
export function transitionAlpha(cells: CellOutcome<CurveOutput>[], d: number): number {
  const { alphas, nmse } = meanCurve(cells);
  const c = locateCrossing(
    alphas.map((a) => d ** a),
    nmse,
    TRANSITION_NMSE,
    { direction: 'down' },
  );
  if (c.status === 'crossed') return Math.log(c.x) / Math.log(d);
  return c.status === 'never' ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
}

/** Bootstrap replicates of a statistic of per-group transition α's, each group's seeds resampled on its own. */
export function resampledAlphas(
  groups: { d: number; cells: CellOutcome<CurveOutput>[] }[],
  random: () => number,
  count = 2000,
): number[][] {
  return Array.from({ length: count }, () => groups.map((g) => transitionAlpha(resample(g.cells, random), g.d)));
}
