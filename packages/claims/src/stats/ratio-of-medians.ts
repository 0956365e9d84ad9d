import type { BootstrapOptions } from './bootstrap-interval.ts';
import type { Interval } from './interval.ts';
import { median } from './median.ts';
import { percentileInterval } from './percentile-interval.ts';
import { resample } from './resample.ts';

/**
 * median(a) / median(b) with a percentile bootstrap interval, a and b resampled independently (two
 * independent groups, e.g. two learners' sample complexities over their own seeds). A zero median of b
 * gives ±∞ (kept and ordered) or, over a zero median of a, NaN (dropped and counted in `dropped`).
 * A percentile interval: with a handful of values per group the median's bootstrap distribution is
 * lumpy and the interval too narrow; report the group sizes alongside it.
 * Throws a RangeError when either group is empty.
 */
export function ratioOfMedians(
  a: readonly number[],
  b: readonly number[],
  { random, resamples = 2000, level = 0.9 }: BootstrapOptions,
): Interval & { dropped: number } {
  if (a.length === 0 || b.length === 0) throw new RangeError('ratioOfMedians needs two non-empty groups');
  const replicates = new Float64Array(resamples);
  for (let i = 0; i < resamples; i += 1) replicates[i] = median(resample(a, random)) / median(resample(b, random));
  const { interval, dropped } = percentileInterval(replicates, level);
  return { value: median(a) / median(b), interval, dropped };
}
