/**
 * The sum of the values, with Neumaier's compensation so that long sums of mixed magnitudes stay exact
 * to the last few bits. Empty → 0; any NaN → NaN; +∞ and −∞ together → NaN.
 */
export function sum(values: ArrayLike<number>): number {
  let total = 0;
  let compensation = 0;
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i] as number;
    const t = total + v;
    if (!Number.isFinite(t)) {
      total = t;
      compensation = 0;
      continue;
    }
    compensation += Math.abs(total) >= Math.abs(v) ? total - t + v : v - t + total;
    total = t;
  }
  return Number.isFinite(total) ? total + compensation : total;
}
