/**
 * The sample variance (denominator n − 1), by Welford's update so that large offsets do not cancel.
 * Fewer than two values → NaN; any NaN → NaN.
 */
export function variance(values: ArrayLike<number>): number {
  let n = 0;
  let m = 0;
  let s = 0;
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i] as number;
    n += 1;
    const d = v - m;
    m += d / n;
    s += d * (v - m);
  }
  return n < 2 ? Number.NaN : s / (n - 1);
}
