import { normalQuantile } from './normal-quantile.ts';
import { percentileInterval } from './percentile-interval.ts';
import { studentTQuantile } from './student-t-quantile.ts';
import { variance } from './variance.ts';

export interface SeedInterval {
  interval: [number, number];
  /** Replicates that were NaN (statistic undefined on that resample) and were left out. */
  dropped: number;
}

/**
 * The interval supported by a bootstrap over a few seeds, corrected for their fewness. Given the
 * statistic on all seeds (`value`) and its replicates on resamples of whole seeds, with n seeds:
 *
 *   value ± t_{n−1, (1+level)/2} · sd(replicates) · √(n / (n − 1))
 *
 * Two biases of the plain percentile interval are removed. (1) The bootstrap spread is the plug-in one:
 * for a mean over seeds its variance is s²(n − 1)/n², not s²/n, hence √(n/(n − 1)). (2) That spread is
 * itself estimated from n seeds, hence Student's t with n − 1 degrees of freedom instead of normal
 * quantiles. For a statistic that is a mean over seeds of normal seed-level quantities (the pooled OLS
 * slope on a grid shared by every seed is the mean of the per-seed slopes) this is the exact t interval;
 * for smooth statistics it is its bootstrap analogue. The percentiles of the resamples are not used
 * because with 3 seeds there are only 10 distinct resamples and their quantiles are lumpy.
 *
 * Infinite replicates (a resample whose curve never crossed): the spread is undefined, so the same
 * correction k = √(n/(n − 1))·t_{n−1}/z is applied to each side of the percentile interval instead,
 * value − k·(value − q_lo) and value + k·(q_hi − value), an infinite percentile staying infinite (and the
 * plain percentiles are returned when the value itself is infinite). NaN replicates are dropped and
 * counted. Fewer than two seeds say nothing about seed-to-seed variation: the interval is [−∞, ∞].
 */
export function seedInterval(
  value: number,
  replicates: ArrayLike<number>,
  { seeds, level }: { seeds: number; level: number },
): SeedInterval {
  const percentiles = percentileInterval(replicates, level);
  const { dropped } = percentiles;
  if (seeds < 2) return { interval: [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY], dropped };
  const kept = Float64Array.from(replicates).filter((v) => !Number.isNaN(v));
  if (kept.length === 0 || Number.isNaN(value)) return { interval: [Number.NaN, Number.NaN], dropped };
  const p = (1 + level) / 2;
  const t = studentTQuantile(p, seeds - 1);
  const inflate = Math.sqrt(seeds / (seeds - 1));
  if (kept.every(Number.isFinite) && Number.isFinite(value)) {
    const half = t * inflate * Math.sqrt(kept.length > 1 ? variance(kept) : 0);
    return { interval: [value - half, value + half], dropped };
  }
  const [lo, hi] = percentiles.interval;
  if (!Number.isFinite(value)) return { interval: [lo, hi], dropped };
  const k = (inflate * t) / normalQuantile(p);
  return {
    interval: [
      Number.isFinite(lo) ? value - k * Math.max(0, value - lo) : lo,
      Number.isFinite(hi) ? value + k * Math.max(0, hi - value) : hi,
    ],
    dropped,
  };
}
