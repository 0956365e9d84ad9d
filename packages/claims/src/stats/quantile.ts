/**
 * The p-quantile of values already sorted in ascending order, by linear interpolation between order
 * statistics (Hyndman & Fan type 7, the default of R and NumPy): h = (n − 1)·p, interpolate between
 * sorted[⌊h⌋] and sorted[⌊h⌋ + 1].
 *
 * p is clamped to [0, 1]. Empty → NaN; p NaN → NaN. Infinite order statistics are kept exact: an
 * interpolation weight of 0 returns the lower one, and two equal neighbours return that value, so
 * [1, ∞, ∞] has median ∞ and [1, 2, ∞] has median 2 (never ∞ − ∞ = NaN).
 */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0 || Number.isNaN(p)) return Number.NaN;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const i = Math.floor(h);
  const lo = sorted[i] as number;
  const w = h - i;
  if (w === 0 || i + 1 >= n) return lo;
  const hi = sorted[i + 1] as number;
  if (lo === hi) return lo;
  return lo + (hi - lo) * w;
}
