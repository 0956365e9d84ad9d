import { logGamma } from './log-gamma.ts';
import { normalQuantile } from './normal-quantile.ts';
import { regularizedBeta } from './regularized-beta.ts';

/** P(T > t) for t ≥ 0 with df degrees of freedom: ½·I_{df/(df+t²)}(df/2, ½). */
const upperTail = (t: number, df: number) => 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5);

/**
 * The p-quantile of Student's t distribution with df > 0 degrees of freedom (df need not be an
 * integer; df = ∞ gives the normal quantile). Solves P(T > t) = min(p, 1 − p) for t ≥ 0 by Newton's
 * method on the tail, kept inside a bracket and falling back to bisection, then restores the sign;
 * working on the smaller tail keeps relative accuracy far into both tails (about 1e-12 in practice).
 * p = 0 or 1 → ∓∞; p outside [0, 1], df ≤ 0 or NaN → NaN.
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p >= 0 && p <= 1 && df > 0)) return Number.NaN;
  if (df === Number.POSITIVE_INFINITY || p === 0 || p === 1 || p === 0.5) return normalQuantile(p);
  const tail = Math.min(p, 1 - p);
  const logDensityConstant = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  const density = (t: number) => Math.exp(logDensityConstant - ((df + 1) / 2) * Math.log1p((t * t) / df));
  // Bracket: the tail is 1/2 at 0 and decreasing; double an upper end until the tail falls below target.
  let lo = 0;
  let hi = Math.max(1, -normalQuantile(tail));
  while (upperTail(hi, df) > tail) {
    lo = hi;
    hi *= 2;
  }
  let t = (lo + hi) / 2;
  for (let i = 0; i < 200; i += 1) {
    const f = upperTail(t, df) - tail;
    if (f === 0) break;
    if (f > 0) lo = t;
    else hi = t;
    const newton = t + f / density(t);
    const next = newton > lo && newton < hi ? newton : (lo + hi) / 2;
    if (Math.abs(next - t) <= 1e-14 * Math.max(1, t)) {
      t = next;
      break;
    }
    t = next;
  }
  return p < 0.5 ? -t : t;
}
