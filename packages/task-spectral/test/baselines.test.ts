import { createRng, sampleNormal } from '@repro/tensor';
import { describe, expect, it } from 'vitest';
import {
  createTeacher,
  fitRandomFeatures,
  inputBaselines,
  kernelRidgePath,
  nmse,
  predictRandomFeatures,
  rbfKernel,
  sampleTeacher,
} from '../src/index.ts';

describe('input-space baselines', () => {
  it('the RBF kernel is exp(−‖u − v‖²/2d)', () => {
    const u = [0, 0, 1, 1];
    const k = rbfKernel(u, 2, u, 2, 2);
    expect(k[0]).toBe(1);
    expect(k[1]).toBeCloseTo(Math.exp(-2 / 4), 12);
  });

  it('kernel ridge and random features learn a smooth low-degree target y = x₁ on 600 points', () => {
    const d = 5;
    const rng = createRng(2);
    const [n, m] = [600, 500];
    const x = sampleNormal(rng, n * d);
    const xt = sampleNormal(rng, m * d);
    const target = (v: Float32Array, k: number) => Float64Array.from({ length: k }, (_, r) => v[r * d] as number);
    const [kr] = kernelRidgePath(x, n, d, target(x, n), xt, m, [1e-2]);
    expect(nmse(kr as Float64Array, target(xt, m))).toBeLessThan(0.05);
    const rf = fitRandomFeatures(x, n, d, target(x, n), 300, 1e-4, createRng(4));
    expect(nmse(predictRandomFeatures(rf, xt, m), target(xt, m))).toBeLessThan(0.1);
  });

  it('stay at NMSE ≈ 1 on the degree-4 hierarchical target at small n, with the cap applied', () => {
    const teacher = createTeacher({ d: 12, eps: 0.5, bMode: 'powerlaw', gamma: 0.25, link: 'id' }, createRng(1));
    const train = sampleTeacher(teacher, 1000, createRng(2));
    const test = sampleTeacher(teacher, 500, createRng(3));
    const r = inputBaselines(
      train,
      test,
      { cap: 400, lambdas: [1e-2, 1], rfWidth: 100, rfLambdas: [1e-2, 1] },
      createRng(4),
    );
    expect(r.n).toBe(400);
    expect([1e-2, 1]).toContain(r.kernelLambda);
    expect(r.kernel).toBeGreaterThan(0.85);
    expect(r.randomFeatures).toBeGreaterThan(0.85);
  });
});
