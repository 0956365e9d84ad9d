import { describe, expect, it } from 'vitest';
import { ols } from '../../src/stats/ols.ts';
import { olsQuadratic } from '../../src/stats/ols-quadratic.ts';
import reference from './fixtures/reference.json' with { type: 'json' };

const { x, y, quadratic } = reference.regression;

describe('ols(x, y)', () => {
  it('matches numpy.polyfit and the residual sd on n − 2 degrees of freedom', () => {
    const fit = ols(x, y);
    expect(fit.slope).toBeCloseTo(reference.regression.slope, 12);
    expect(fit.intercept).toBeCloseTo(reference.regression.intercept, 12);
    expect(fit.residualSd).toBeCloseTo(reference.regression.residualSd, 12);
  });
  it('recovers an exact line far from the origin (centred sums do not cancel)', () => {
    const xs = [1e8, 1e8 + 1, 1e8 + 2, 1e8 + 3];
    const fit = ols(
      xs,
      xs.map((v) => 3 - 2 * (v - 1e8)),
    );
    expect(fit.slope).toBeCloseTo(-2, 9);
    expect(fit.residualSd).toBeCloseTo(0, 9);
  });
  it('returns NaN for fewer than two points, constant x or mismatched lengths; residualSd NaN with two points', () => {
    expect(ols([1], [2]).slope).toBeNaN();
    expect(ols([2, 2, 2], [1, 2, 3]).slope).toBeNaN();
    expect(ols([1, 2], [1]).slope).toBeNaN();
    const two = ols([1, 2], [1, 3]);
    expect(two.slope).toBe(2);
    expect(two.residualSd).toBeNaN();
  });
});

describe('olsQuadratic(x, y)', () => {
  it('matches numpy.linalg.lstsq on [1, x, (x − x̄)²]', () => {
    const fit = olsQuadratic(x, y);
    expect(fit.intercept).toBeCloseTo(quadratic.intercept, 11);
    expect(fit.slope).toBeCloseTo(quadratic.slope, 11);
    expect(fit.curvature).toBeCloseTo(quadratic.curvature, 11);
  });
  it('recovers an exact parabola, whose curvature does not depend on the centring', () => {
    const xs = [1, 2, 3, 5, 8, 13];
    const fit = olsQuadratic(
      xs,
      xs.map((v) => 1 + 2 * v + 0.5 * v * v),
    );
    expect(fit.curvature).toBeCloseTo(0.5, 12);
    const mx = xs.reduce((s, v) => s + v, 0) / xs.length;
    // 1 + 2x + ½x² = 1 + 2x + ½((x − m)² + 2mx − m²) → slope 2 + m, intercept 1 − m²/2.
    expect(fit.slope).toBeCloseTo(2 + mx, 12);
    expect(fit.intercept).toBeCloseTo(1 - (mx * mx) / 2, 11);
  });
  it('gives curvature 0 on a straight line and NaN with fewer than three distinct x', () => {
    expect(olsQuadratic([1, 2, 3, 4], [3, 5, 7, 9]).curvature).toBeCloseTo(0, 14);
    expect(olsQuadratic([1, 1, 2, 2], [1, 2, 3, 4]).curvature).toBeNaN();
    expect(olsQuadratic([1, 2], [1, 2]).curvature).toBeNaN();
  });
});
