export type CrossingDirection = 'down' | 'up';

/**
 * Which crossing of a curve that crosses back and forth: the `first` grid interval where it reaches the
 * threshold, or the `last` one, after which it stays past the threshold to the end of the grid.
 */
export type CrossingWhich = 'first' | 'last';

/**
 * Where a curve crosses a threshold, as a discriminated union:
 * - `crossed`: x is the first crossing, interpolated linearly in log x between the two grid points that
 *   bracket it;
 * - `below-grid`: the first grid point is already past the threshold, so the crossing, if any, lies
 *   below the grid and was not measured (x is null, not xs[0]: xs[0] would be an upper bound passed off
 *   as an estimate);
 * - `never`: no grid point reaches the threshold; the crossing, if any, lies above the grid.
 */
export type Crossing =
  | { status: 'crossed'; x: number }
  | { status: 'below-grid'; x: null }
  | { status: 'never'; x: null };

const reached = (y: number, threshold: number, direction: CrossingDirection) =>
  direction === 'down' ? y <= threshold : y >= threshold;

/**
 * The first (default) or last crossing of `threshold` by the curve (xs[i], ys[i]) read left to right. `direction: 'down'`
 * looks for the curve falling to or below the threshold (test error against sample size P), `'up'` for
 * it rising to or above it (accuracy). Between the last point not yet past the threshold and the first
 * point past it, log x is interpolated linearly in y: log x* = log x₀ + (t − y₀)/(y₁ − y₀)·(log x₁ − log x₀).
 * A noisy curve that crosses back and forth reports its first crossing; with `which: 'last'` it reports the
 * crossing after the last point not past the threshold (the curve stays past it from there on): `below-grid`
 * when no point is on the near side, `never` when the last point is.
 *
 * Throws a RangeError when xs and ys differ in length, the grid is empty, xs are not positive, finite
 * and strictly increasing, or a y is NaN: such a curve has no honest crossing.
 */
export function locateCrossing(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  threshold: number,
  { direction, which = 'first' }: { direction: CrossingDirection; which?: CrossingWhich },
): Crossing {
  const n = xs.length;
  if (n === 0 || n !== ys.length)
    throw new RangeError(`locateCrossing needs xs and ys of equal, non-zero length (got ${n}, ${ys.length})`);
  for (let i = 0; i < n; i += 1) {
    const x = xs[i] as number;
    if (!(x > 0 && Number.isFinite(x)) || (i > 0 && !(x > (xs[i - 1] as number)))) {
      throw new RangeError(`locateCrossing needs positive, finite, strictly increasing xs (xs[${i}] = ${x})`);
    }
    if (Number.isNaN(ys[i])) throw new RangeError(`locateCrossing got NaN at ys[${i}]`);
  }
  const between = (i: number): Crossing => {
    const y0 = ys[i - 1] as number;
    const y1 = ys[i] as number;
    const l0 = Math.log(xs[i - 1] as number);
    const l1 = Math.log(xs[i] as number);
    // y0 is strictly on the near side and y1 reaches the threshold, so y1 ≠ y0 and w lies in (0, 1];
    // an infinite end pins the crossing to the other point's side of the interval.
    const w = !Number.isFinite(y0) ? 1 : !Number.isFinite(y1) ? 0 : (threshold - y0) / (y1 - y0);
    return { status: 'crossed', x: Math.exp(l0 + w * (l1 - l0)) };
  };
  if (which === 'last') {
    let near = -1;
    for (let i = 0; i < n; i += 1) if (!reached(ys[i] as number, threshold, direction)) near = i;
    if (near < 0) return { status: 'below-grid', x: null };
    return near === n - 1 ? { status: 'never', x: null } : between(near + 1);
  }
  if (reached(ys[0] as number, threshold, direction)) return { status: 'below-grid', x: null };
  for (let i = 1; i < n; i += 1) if (reached(ys[i] as number, threshold, direction)) return between(i);
  return { status: 'never', x: null };
}
