import { createRng, sampleNormal } from '@repro/tensor';
import { describe, expect, it } from 'vitest';
import {
  createTeacher,
  directionRecovery,
  featureDimension,
  flattenSymmetric,
  hermiteFeatures,
  sampleGaussianEquivalent,
  sampleTeacher,
  subspaceOverlap,
} from '../src/index.ts';

describe('normalized degree-2 Hermite features', () => {
  it('a·z(x) = (xᵀAx − tr A)/√2 for the flattened A', () => {
    const d = 5;
    const rng = createRng(1);
    const g = sampleNormal(rng, d * d);
    const a = Float64Array.from({ length: d * d }, (_, k) => {
      const i = Math.floor(k / d);
      const j = k % d;
      return ((g[i * d + j] as number) + (g[j * d + i] as number)) / 2;
    });
    const x = sampleNormal(rng, d);
    const z = hermiteFeatures(x, 1, d);
    const flat = flattenSymmetric(a, d);
    let lhs = 0;
    for (let k = 0; k < featureDimension(d); k += 1) lhs += (flat[k] as number) * (z[k] as number);
    let quad = 0;
    let trace = 0;
    for (let i = 0; i < d; i += 1) {
      trace += a[i * d + i] as number;
      for (let j = 0; j < d; j += 1) quad += (x[i] as number) * (a[i * d + j] as number) * (x[j] as number);
    }
    expect(lhs).toBeCloseTo((quad - trace) / Math.SQRT2, 4);
    let fro = 0;
    for (const v of a) fro += v * v;
    expect(flat.reduce((s, v) => s + v * v, 0)).toBeCloseTo(fro, 10);
  });

  it('are orthonormal on Gaussian inputs: E z zᵀ ≈ I', () => {
    const d = 4;
    const n = 60_000;
    const dim = featureDimension(d);
    const z = hermiteFeatures(sampleNormal(createRng(2), n * d), n, d);
    for (let a = 0; a < dim; a += 1)
      for (let b = 0; b < dim; b += 1) {
        let s = 0;
        for (let r = 0; r < n; r += 1) s += (z[r * dim + a] as number) * (z[r * dim + b] as number);
        expect(Math.abs(s / n - (a === b ? 1 : 0))).toBeLessThan(0.06);
      }
  });
});

describe('hierarchical quadratic teacher', () => {
  const config = { d: 12, eps: 0.5, bMode: 'powerlaw', gamma: 0.25, link: 'id' } as const;

  it('has p = ⌊d^ε⌋ Frobenius-orthonormal directions and power-law B', () => {
    const t = createTeacher(config, createRng(3));
    expect(t.p).toBe(3);
    for (let i = 0; i < t.p; i += 1)
      for (let j = 0; j < t.p; j += 1) {
        let s = 0;
        for (let k = 0; k < featureDimension(12); k += 1) s += (t.a[i]?.[k] as number) * (t.a[j]?.[k] as number);
        expect(s).toBeCloseTo(i === j ? 1 : 0, 10);
      }
    const diag = [0, 1, 2].map((i) => Math.abs(t.b[i * 3 + i] as number));
    // γ = 0.25: prefactor p^{2γ−1} = 3^{−1/2}, |b_i| = prefactor·i^{−γ}
    for (const [i, b] of diag.entries()) expect(b).toBeCloseTo(3 ** -0.5 * (i + 1) ** -0.25, 10);
  });

  it('features h are uncorrelated with unit variance and y is standardized, on both models', () => {
    const t = createTeacher(config, createRng(4));
    for (const draw of [sampleTeacher, sampleGaussianEquivalent]) {
      const s = draw(t, 40_000, createRng(5));
      const mean = s.y.reduce((a, v) => a + v, 0) / s.n;
      const v = s.y.reduce((a, x) => a + (x - mean) ** 2, 0) / s.n;
      expect(Math.abs(mean)).toBeLessThan(0.05);
      expect(v).toBeGreaterThan(0.9);
      expect(v).toBeLessThan(1.1);
      for (let i = 0; i < t.p; i += 1)
        for (let j = 0; j < t.p; j += 1) {
          let c = 0;
          for (let r = 0; r < s.n; r += 1) c += (s.h[r * t.p + i] as number) * (s.h[r * t.p + j] as number);
          expect(Math.abs(c / s.n - (i === j ? 1 : 0))).toBeLessThan(0.05);
        }
    }
  });
});

describe('recovery measures', () => {
  it('is 1 per direction for the truth itself and p/D-ish by chance', () => {
    const t = createTeacher({ d: 10, eps: 0.5, bMode: 'dense', gamma: 0, link: 'id' }, createRng(6));
    expect(directionRecovery(t.a, t.a).every((v) => Math.abs(v - 1) < 1e-10)).toBe(true);
    const other = createTeacher({ d: 10, eps: 0.5, bMode: 'dense', gamma: 0, link: 'id' }, createRng(7));
    expect(subspaceOverlap(t.a, other.a)).toBeLessThan(0.2);
  });
});
