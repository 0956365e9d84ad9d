import { createRng } from '@repro/tensor';
import { describe, expect, it } from 'vitest';
import {
  applyLink,
  gaussianInputs,
  innerPolynomial,
  LINK_NAMES,
  linkSlope,
  projectionCoefficient,
} from '../src/index.ts';

const mean = (xs: ArrayLike<number>) => Array.from(xs).reduce((s, x) => s + x, 0) / xs.length;

describe('the hidden feature p', () => {
  it('is the normalized sum of products over disjoint groups', () => {
    const x = Float32Array.from([1, 2, 3, 4, 5, 6, 7]);
    // d = 7, k = 2: groups (1,2), (3,4), (5,6); coordinate 7 unused; L = 3
    expect(innerPolynomial(x, 1, 7, 2)[0]).toBeCloseTo((2 + 12 + 30) / Math.sqrt(3), 5);
    // k = 3: groups (1,2,3), (4,5,6); L = 2
    expect(innerPolynomial(x, 1, 7, 3)[0]).toBeCloseTo((6 + 120) / Math.SQRT2, 4);
  });

  it('has mean 0 and variance 1 on Gaussian inputs', () => {
    const n = 40_000;
    for (const [d, k] of [
      [12, 2],
      [9, 3],
    ] as const) {
      const p = innerPolynomial(gaussianInputs(createRng(d), n, d), n, d, k);
      expect(Math.abs(mean(p))).toBeLessThan(0.03);
      expect(mean(p.map((v) => v * v))).toBeGreaterThan(0.95);
      expect(mean(p.map((v) => v * v))).toBeLessThan(1.05);
    }
  });

  it('rejects d < k', () => {
    expect(() => innerPolynomial(new Float32Array(2), 1, 2, 3)).toThrow(/smaller than k/);
  });
});

describe('links and the low-degree projection', () => {
  it('every link has unit variance on N(0, 1)', () => {
    const z = gaussianInputs(createRng(1), 200_000, 1);
    for (const link of LINK_NAMES) {
      const g = applyLink(link, z);
      const m = mean(g);
      expect(mean(g.map((v) => (v - m) ** 2))).toBeGreaterThan(0.95);
      expect(mean(g.map((v) => (v - m) ** 2))).toBeLessThan(1.05);
    }
  });

  it('E[g′] is 3/√15 for z³/√15, 0 for He₂ and He₃, E[sech²]/sd for tanh', () => {
    expect(linkSlope('cube')).toBeCloseTo(3 / Math.sqrt(15), 6);
    expect(linkSlope('he3')).toBeCloseTo(0, 6);
    expect(linkSlope('he2')).toBeCloseTo(0, 6);
    expect(linkSlope('tanh')).toBeCloseTo(0.6057 / Math.sqrt(0.3943), 2);
  });

  it('the closed-form coefficient of p in P_{≤k}h equals E[h·p] by Monte Carlo', () => {
    const n = 400_000;
    for (const [d, k] of [
      [8, 2],
      [9, 3],
    ] as const) {
      const p = innerPolynomial(gaussianInputs(createRng(10 + d), n, d), n, d, k);
      for (const link of ['cube', 'he3', 'he2'] as const) {
        const h = applyLink(link, p);
        const mc = mean(h.map((v, i) => v * (p[i] as number)));
        const exact = projectionCoefficient(link, k, Math.floor(d / k)) as number;
        expect(Math.abs(mc - exact)).toBeLessThan(0.06 * Math.max(1, exact));
      }
    }
    // L → ∞: the coefficient tends to E[g′]
    expect(projectionCoefficient('cube', 2, 1e9)).toBeCloseTo(linkSlope('cube'), 6);
    expect(projectionCoefficient('tanh', 2, 4)).toBeNull();
  });
});
