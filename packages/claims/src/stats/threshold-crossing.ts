import { type CrossingDirection, locateCrossing } from './locate-crossing.ts';

/**
 * The first x at which the curve crosses the threshold, interpolated in log x (see `locateCrossing`),
 * or null when the crossing was not measured: either no grid point reaches the threshold, or the first
 * grid point is already past it (the crossing lies below the grid; it is not reported as xs[0]). Use
 * `locateCrossing` to tell those two apart.
 */
export function thresholdCrossing(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  threshold: number,
  options: { direction: CrossingDirection },
): number | null {
  return locateCrossing(xs, ys, threshold, options).x;
}
