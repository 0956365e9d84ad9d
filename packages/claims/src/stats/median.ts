import { quantile } from './quantile.ts';

/**
 * The median (type-7 quantile at 0.5) of unsorted values; the input is not modified. Empty → NaN.
 * Any NaN → NaN: a missing measurement is not silently dropped. ±∞ are ordered like numbers.
 */
export function median(values: ArrayLike<number>): number {
  const sorted = Float64Array.from(values);
  if (sorted.some(Number.isNaN)) return Number.NaN;
  sorted.sort();
  return quantile(sorted, 0.5);
}
