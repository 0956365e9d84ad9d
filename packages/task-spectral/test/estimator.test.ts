import { createRng } from '@repro/tensor';
import { describe, expect, it } from 'vitest';
import {
  createTeacher,
  directionRecovery,
  featureDimension,
  fitSpectral,
  nmse,
  predictSpectral,
  sampleGaussianEquivalent,
  transitionCurve,
} from '../src/index.ts';
import { useWasmBackend } from './wasm-backend.ts';

const backend = useWasmBackend();

describe('layer-wise spectral estimator', () => {
  const config = { d: 10, eps: 0.5, bMode: 'powerlaw', gamma: 0.25, link: 'id' } as const;

  it('recovers every direction and predicts y on the Gaussian-equivalent model at large n', async () => {
    const t = createTeacher(config, createRng(1));
    const dim = featureDimension(10);
    const train = sampleGaussianEquivalent(t, 20_000, createRng(2));
    const fit = await fitSpectral(
      backend.tf,
      train.z,
      train.y,
      dim,
      { k: t.p, oversample: 10, iters: 15 },
      createRng(3),
    );
    for (const r of directionRecovery(t.a, fit.vectors)) expect(r).toBeGreaterThan(0.9);
    const test = sampleGaussianEquivalent(t, 2000, createRng(4));
    expect(nmse(predictSpectral(fit, test.z, test.n, dim), test.y)).toBeLessThan(0.2);
    // eigenvalues ≈ 2·b_i/sd(y), largest |λ| first
    const expected = [0, 1, 2].map((i) => (2 * (t.b[i * t.p + i] as number)) / t.gaussStd);
    const got = Array.from(fit.values).sort((a, b) => a - b);
    for (const [i, e] of expected.sort((a, b) => a - b).entries())
      expect(Math.abs((got[i] as number) - e)).toBeLessThan(0.15);
  });

  it('finds nothing when the labels are permuted, and its curve is a pure function of the seed', async () => {
    const base = {
      teacher: config,
      model: 'gauss' as const,
      alphas: [2, 4],
      testSize: 1000,
      oversample: 10,
      iters: 15,
    };
    const { points: shuffled } = await transitionCurve(backend.tf, { ...base, shuffle: true }, 5);
    for (const p of shuffled) {
      expect(p.nmse).toBeGreaterThan(0.9);
      for (const r of p.recovery) expect(r).toBeLessThan(0.3);
    }
    const { points: a } = await transitionCurve(backend.tf, { ...base, shuffle: false }, 5);
    const { points: b } = await transitionCurve(backend.tf, { ...base, shuffle: false }, 5);
    expect(a.map((p) => p.nmse)).toEqual(b.map((p) => p.nmse));
    expect(a.map((p) => p.n)).toEqual([100, 10_000]);
    expect(a[1]?.nmse).toBeLessThan(a[0]?.nmse ?? 0);
  });
});
