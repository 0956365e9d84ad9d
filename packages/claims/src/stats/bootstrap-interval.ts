import type { Interval } from './interval.ts';
import { percentileInterval } from './percentile-interval.ts';
import { resample } from './resample.ts';

export interface BootstrapOptions {
  /** Uniform source in [0, 1); required, never defaulted. */
  random: () => number;
  /** Number of bootstrap resamples (default 2000). */
  resamples?: number;
  /** Confidence level of the equal-tailed interval (default 0.9). */
  level?: number;
}

/**
 * The percentile bootstrap: value = statistic(samples); interval = the equal-tailed `level` quantiles of
 * statistic over `resamples` resamples of the units with replacement. Each element of `samples` is one
 * independent unit (a seed, a trial); resample clusters by passing one element per cluster.
 *
 * Degenerate resamples: a statistic that returns NaN on a resample (e.g. a correlation of a resample
 * whose units are all the same) is left out of the quantiles and counted in `dropped`; ±∞ are kept and
 * ordered. The plain percentile interval is known to be too narrow with few units (its spread is the
 * plug-in one, smaller by √((n − 1)/n), and its quantiles are lumpy); for a handful of seeds prefer
 * `seedBootstrapInterval`'s small-sample correction, as `logLogSlope` does.
 */
export function bootstrapInterval<T>(
  samples: readonly T[],
  statistic: (resample: T[]) => number,
  { random, resamples = 2000, level = 0.9 }: BootstrapOptions,
): Interval & { dropped: number } {
  if (samples.length === 0) throw new RangeError('bootstrapInterval needs at least one unit');
  const value = statistic([...samples]);
  const replicates = new Float64Array(resamples);
  for (let b = 0; b < resamples; b += 1) replicates[b] = statistic(resample(samples, random));
  const { interval, dropped } = percentileInterval(replicates, level);
  return { value, interval, dropped };
}
