import type { BootstrapOptions } from './bootstrap-interval.ts';
import { groupBySeed } from './group-by-seed.ts';
import type { Interval } from './interval.ts';
import { ols } from './ols.ts';
import { olsQuadratic } from './ols-quadratic.ts';
import { resample } from './resample.ts';
import { seedInterval } from './seed-interval.ts';

export interface LogLogSlopeOptions extends BootstrapOptions {
  /** Level of the curvature interval (default: `level`); a stricter level declares curvature more rarely. */
  curvatureLevel?: number;
}

export interface LogLogSlope extends Interval {
  /** a in log y ≈ a + slope·log x (natural logs). */
  intercept: number;
  /** c in log y ≈ a + b·log x + c·(log x − mean log x)², with its interval: excludes 0 ⇒ not a power law. */
  curvature: Interval;
  /** Distinct seeds (bootstrap units). */
  seeds: number;
  /** Points. */
  n: number;
}

/**
 * The exponent of a power law y ∝ x^slope: OLS of log y on log x over all points pooled. Its interval
 * comes from a bootstrap over seeds (whole seeds resampled with replacement, their points pooled, the
 * line refitted) turned into an interval by `seedInterval`, which corrects for having few seeds
 * (√(n/(n−1)) and Student-t on n − 1 df). Resampling seeds rather than points keeps whatever points of
 * one seed share (one network, one dataset) together.
 *
 * The curvature c is the quadratic coefficient of log y on log x, with its own interval from the same
 * resamples; an interval excluding 0 says the law bends in log–log and a single exponent misdescribes it.
 *
 * Measured calibration (test/stats/coverage-table.ts; 8 log-spaced x over one or two decades, Gaussian
 * noise σ = 0.05–0.2 in log y, e ∈ {0.5, 1, 2, 3}, 200 trials a cell): pooled over e, the 90% slope
 * interval covers e in 89–91% of trials with 3, 5 or 8 seeds (the plain percentile bootstrap: 64%, 78%,
 * 82%), and the curvature interval excludes 0 on true power laws at its nominal rate (about 1% at 99%,
 * 10% at 90%). Declare curvature at a stricter level than the slope's (e.g. 0.99) when a claim needs
 * both "covers e" and "no curvature".
 *
 * Degenerate resamples (a curvature needs three distinct x among the drawn seeds) give NaN replicates,
 * which `seedInterval` leaves out; with every seed on the same grid of three or more x there are none.
 *
 * Throws a RangeError on an empty input or on an x or y that is not positive and finite (no logarithm).
 */
export function logLogSlope(
  points: readonly { x: number; y: number; seed: number | string }[],
  { random, resamples = 2000, level = 0.9, curvatureLevel = level }: LogLogSlopeOptions,
): LogLogSlope {
  if (points.length === 0) throw new RangeError('logLogSlope needs at least one point');
  for (const { x, y } of points) {
    if (!(x > 0 && y > 0 && Number.isFinite(x) && Number.isFinite(y))) {
      throw new RangeError(`logLogSlope needs positive, finite x and y (got x = ${x}, y = ${y})`);
    }
  }
  const groups = groupBySeed(points).map((g) => ({ u: g.map((p) => Math.log(p.x)), v: g.map((p) => Math.log(p.y)) }));
  const fit = (units: typeof groups) => {
    const u = units.flatMap((g) => g.u);
    const v = units.flatMap((g) => g.v);
    return { line: ols(u, v), curvature: olsQuadratic(u, v).curvature };
  };
  const all = fit(groups);
  const seeds = groups.length;
  const slopes = new Float64Array(resamples);
  const curvatures = new Float64Array(resamples);
  for (let b = 0; b < resamples; b += 1) {
    const r = fit(resample(groups, random));
    slopes[b] = r.line.slope;
    curvatures[b] = r.curvature;
  }
  return {
    value: all.line.slope,
    interval: seedInterval(all.line.slope, slopes, { seeds, level }).interval,
    intercept: all.line.intercept,
    curvature: {
      value: all.curvature,
      interval: seedInterval(all.curvature, curvatures, { seeds, level: curvatureLevel }).interval,
    },
    seeds,
    n: points.length,
  };
}
