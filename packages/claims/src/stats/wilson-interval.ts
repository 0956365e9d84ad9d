import type { Interval } from './interval.ts';
import { normalQuantile } from './normal-quantile.ts';

/**
 * The Wilson score interval for a binomial proportion (Wilson 1927): value = successes/n, interval =
 * (p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n) with z = Φ⁻¹((1 + level)/2). Unlike the Wald
 * interval it stays inside [0, 1] and does not collapse at 0 or n successes.
 * n = 0 → value NaN, interval [0, 1] (nothing observed). Throws a RangeError unless
 * 0 ≤ successes ≤ n are integers and level lies in (0, 1).
 */
export function wilsonInterval(successes: number, n: number, level = 0.9): Interval {
  if (!(Number.isInteger(successes) && Number.isInteger(n) && successes >= 0 && successes <= n)) {
    throw new RangeError(`wilsonInterval needs integers 0 ≤ successes ≤ n (got ${successes}, ${n})`);
  }
  if (!(level > 0 && level < 1)) throw new RangeError(`level must lie in (0, 1), got ${level}`);
  if (n === 0) return { value: Number.NaN, interval: [0, 1] };
  const p = successes / n;
  const z = normalQuantile((1 + level) / 2);
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n))) / (1 + z2n);
  return { value: p, interval: [Math.max(0, centre - half), Math.min(1, centre + half)] };
}
