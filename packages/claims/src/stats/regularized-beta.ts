import { logGamma } from './log-gamma.ts';

const EPS = 1e-15;
const TINY = 1e-300;

/** One step of the modified Lentz recurrence; returns the factor d·c that multiplies the fraction. */
function lentzStep(state: { c: number; d: number }, num: number): number {
  const d = 1 + num * state.d;
  state.d = 1 / (Math.abs(d) < TINY ? TINY : d);
  const c = 1 + num / state.c;
  state.c = Math.abs(c) < TINY ? TINY : c;
  return state.d * state.c;
}

/** The continued fraction of the incomplete beta function (Numerical Recipes betacf). */
function continuedFraction(a: number, b: number, x: number): number {
  const first = 1 - ((a + b) * x) / (a + 1);
  const state = { c: 1, d: 1 / (Math.abs(first) < TINY ? TINY : first) };
  let h = state.d;
  for (let m = 1; m <= 100_000; m += 1) {
    const m2 = 2 * m;
    h *= lentzStep(state, (m * (b - m) * x) / ((a + m2 - 1) * (a + m2)));
    const delta = lentzStep(state, (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1)));
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return h;
}

/**
 * The regularized incomplete beta function I_x(a, b) = B(x; a, b) / B(a, b), for a, b > 0 and x in
 * [0, 1], by its continued fraction (Numerical Recipes §6.4), using the symmetry
 * I_x(a, b) = 1 − I_{1−x}(b, a) where the fraction converges faster. Invalid arguments → NaN.
 */
export function regularizedBeta(x: number, a: number, b: number): number {
  if (!(a > 0 && b > 0 && x >= 0 && x <= 1)) return Number.NaN;
  if (x === 0 || x === 1) return x;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
  return x < (a + 1) / (a + b + 2)
    ? (front * continuedFraction(a, b, x)) / a
    : 1 - (front * continuedFraction(b, a, 1 - x)) / b;
}
