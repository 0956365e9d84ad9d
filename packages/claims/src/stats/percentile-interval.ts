import { quantile } from './quantile.ts';

export interface PercentileInterval {
  interval: [number, number];
  /** Replicates that were NaN (a statistic undefined on that resample) and were left out. */
  dropped: number;
}

/**
 * The equal-tailed percentile interval of bootstrap replicates: the type-7 quantiles at (1 − level)/2
 * and (1 + level)/2 of the replicates that are not NaN. ±∞ replicates are kept and ordered (a crossing
 * beyond the grid, a ratio over a zero median), so an end may be infinite. NaN replicates are counted
 * in `dropped`; the interval is then conditional on the statistic being defined, and a caller should
 * report `dropped`. All NaN → [NaN, NaN].
 */
export function percentileInterval(replicates: ArrayLike<number>, level: number): PercentileInterval {
  if (!(level > 0 && level < 1)) throw new RangeError(`level must lie in (0, 1), got ${level}`);
  const kept = Float64Array.from(replicates).filter((v) => !Number.isNaN(v));
  kept.sort();
  const alpha = (1 - level) / 2;
  return { interval: [quantile(kept, alpha), quantile(kept, 1 - alpha)], dropped: replicates.length - kept.length };
}
