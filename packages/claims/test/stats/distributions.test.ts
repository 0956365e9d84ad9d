import { describe, expect, it } from 'vitest';
import { logGamma } from '../../src/stats/log-gamma.ts';
import { normalQuantile } from '../../src/stats/normal-quantile.ts';
import { regularizedBeta } from '../../src/stats/regularized-beta.ts';
import { studentTQuantile } from '../../src/stats/student-t-quantile.ts';
import reference from './fixtures/reference.json' with { type: 'json' };

const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));

describe('normalQuantile(p)', () => {
  it('matches scipy.stats.norm.ppf to 1e-14 relative, into the far tails', () => {
    for (const [p, z] of reference.normal as [number, number][])
      expect(relative(normalQuantile(p), z)).toBeLessThan(1e-14);
  });
  it('knows z(0.95) = 1.644854 and is odd about 1/2', () => {
    expect(normalQuantile(0.95)).toBeCloseTo(1.644854, 6);
    expect(normalQuantile(0.2)).toBeCloseTo(-normalQuantile(0.8), 14);
  });
  it('returns ∓∞ at 0 and 1 and NaN outside [0, 1]', () => {
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(normalQuantile(1.1)).toBeNaN();
    expect(normalQuantile(Number.NaN)).toBeNaN();
  });
});

describe('studentTQuantile(p, df)', () => {
  it('knows t(0.95, 4) = 2.131847 and t(0.975, 10) = 2.228139', () => {
    expect(studentTQuantile(0.95, 4)).toBeCloseTo(2.131847, 6);
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228139, 6);
  });
  it('matches scipy.stats.t.ppf to 1e-9 relative, for small, fractional and large df and far tails', () => {
    for (const [p, df, t] of reference.student as [number, number, number][]) {
      expect(relative(studentTQuantile(p, df), t)).toBeLessThan(1e-9);
    }
  });
  it('is the Cauchy quantile at df = 1 and the normal quantile at df = ∞', () => {
    expect(studentTQuantile(0.9, 1)).toBeCloseTo(Math.tan(Math.PI * 0.4), 10);
    expect(studentTQuantile(0.9, Number.POSITIVE_INFINITY)).toBe(normalQuantile(0.9));
  });
  it('returns 0 at 1/2, ∓∞ at 0 and 1, NaN for df ≤ 0', () => {
    expect(studentTQuantile(0.5, 3)).toBe(0);
    expect(studentTQuantile(1, 3)).toBe(Number.POSITIVE_INFINITY);
    expect(studentTQuantile(0, 3)).toBe(Number.NEGATIVE_INFINITY);
    expect(studentTQuantile(0.9, 0)).toBeNaN();
  });
});

describe('logGamma(x) and regularizedBeta(x, a, b)', () => {
  it('logGamma matches scipy.special.gammaln to 1e-13 relative', () => {
    for (const [x, v] of reference.logGamma as [number, number][]) expect(relative(logGamma(x), v)).toBeLessThan(1e-13);
    expect(logGamma(0)).toBeNaN();
  });
  it('regularizedBeta matches scipy.special.betainc to 1e-12', () => {
    for (const [x, a, b, v] of reference.beta as [number, number, number, number][]) {
      expect(Math.abs(regularizedBeta(x, a, b) - v)).toBeLessThan(1e-12);
    }
    expect(regularizedBeta(0, 2, 3)).toBe(0);
    expect(regularizedBeta(1, 2, 3)).toBe(1);
    expect(regularizedBeta(0.5, -1, 3)).toBeNaN();
  });
});
