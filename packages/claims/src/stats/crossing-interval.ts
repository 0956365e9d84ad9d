import type { BootstrapOptions } from './bootstrap-interval.ts';
import { groupBySeed } from './group-by-seed.ts';
import type { Interval } from './interval.ts';
import { type Crossing, type CrossingDirection, type CrossingWhich, locateCrossing } from './locate-crossing.ts';
import { resample } from './resample.ts';
import { seedInterval } from './seed-interval.ts';

export interface CrossingInterval extends Interval {
  /** Where the seed-averaged curve crosses; `value` is its x when 'crossed', 0 when 'below-grid', +∞ when 'never'. */
  status: Crossing['status'];
  seeds: number;
  resamples: number;
  /** Resamples whose averaged curve did not cross inside the grid, by side. */
  unresolved: { belowGrid: number; never: number };
}

type Curve = { seed: number | string; xs: readonly number[]; ys: readonly number[] };

/** log x of a crossing, with a crossing below the grid at −∞ and one above it (or none) at +∞. */
const logCrossing = (c: Crossing) =>
  c.status === 'crossed' ? Math.log(c.x) : c.status === 'never' ? Infinity : -Infinity;

/**
 * The threshold crossing of the seed-averaged curve (pointwise mean of ys over all curves, crossing
 * located by `locateCrossing`, first or last as `which`, in log x), with an interval from a bootstrap over seeds: whole seeds are
 * resampled, their curves averaged, the crossing located again. Resamples that do not cross inside the
 * grid are ordered as crossings at x = 0 (below the grid) or x = +∞ (above it) and counted in
 * `unresolved`; when more than (1 − level)/2 of them fall on one side, that end of the interval is 0
 * or +∞: the grid does not pin the crossing down. The interval is formed in log x by `seedInterval`
 * (corrected for few seeds), then mapped back to x.
 *
 * Throws a RangeError when there are no curves or the curves do not share one grid xs.
 */
export function crossingInterval(
  curves: readonly Curve[],
  threshold: number,
  {
    direction,
    which = 'first',
    random,
    resamples = 2000,
    level = 0.9,
  }: BootstrapOptions & { direction: CrossingDirection; which?: CrossingWhich },
): CrossingInterval {
  const first = curves[0];
  if (!first) throw new RangeError('crossingInterval needs at least one curve');
  const xs = first.xs;
  for (const c of curves) {
    if (c.xs.length !== xs.length || c.ys.length !== xs.length || c.xs.some((x, i) => x !== xs[i])) {
      throw new RangeError(`crossingInterval needs every curve on one grid (seed ${String(c.seed)} differs)`);
    }
  }
  const units = groupBySeed(curves);
  const locate = (drawn: Curve[][]) => {
    const pooled = drawn.flat();
    const mean = xs.map((_, i) => pooled.reduce((s, c) => s + (c.ys[i] as number), 0) / pooled.length);
    return locateCrossing(xs, mean, threshold, { direction, which });
  };
  const whole = locate(units);
  const replicates = new Float64Array(resamples);
  const unresolved = { belowGrid: 0, never: 0 };
  for (let b = 0; b < resamples; b += 1) {
    const c = locate(resample(units, random));
    if (c.status === 'below-grid') unresolved.belowGrid += 1;
    if (c.status === 'never') unresolved.never += 1;
    replicates[b] = logCrossing(c);
  }
  const value = logCrossing(whole);
  const [lo, hi] = seedInterval(value, replicates, { seeds: units.length, level }).interval;
  return {
    value: Math.exp(value),
    interval: [Math.exp(lo), Math.exp(hi)],
    status: whole.status,
    seeds: units.length,
    resamples,
    unresolved,
  };
}
