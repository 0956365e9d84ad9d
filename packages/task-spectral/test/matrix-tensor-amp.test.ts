import { createRng } from '@repro/tensor';
import { describe, expect, it } from 'vitest';
import { jointGradientDescent } from '../src/joint-gd.ts';
import { cosineOverlap, sampleMatrixTensor, topSingularPair } from '../src/matrix-tensor.ts';
import { ampStateEvolution, matrixFields, matrixTensorAmp, tensorFields } from '../src/matrix-tensor-amp.ts';

const SIZES = { n1: 200, n2: 200, n3: 100, n4: 100 };

describe('matrix–tensor contractions', () => {
  it('tensorFields and matrixFields equal the explicit sums', () => {
    const rng = createRng(1);
    const s = sampleMatrixTensor({ n1: 5, n2: 4, n3: 3, n4: 2, deltaM: 1, deltaT: 1 }, rng);
    const [u, x, y] = [s.u, s.x, s.y];
    const t = tensorFields(s.yt, { n1: 5, n3: 3, n4: 2 }, u, x, y);
    const at = (i: number, j: number, k: number) => s.yt[(i * 3 + j) * 2 + k] as number;
    for (let i = 0; i < 5; i += 1) {
      let e = 0;
      for (let j = 0; j < 3; j += 1)
        for (let k = 0; k < 2; k += 1) e += at(i, j, k) * (x[j] as number) * (y[k] as number);
      expect(t.fu[i]).toBeCloseTo(e, 10);
    }
    for (let j = 0; j < 3; j += 1) {
      let e = 0;
      for (let i = 0; i < 5; i += 1)
        for (let k = 0; k < 2; k += 1) e += at(i, j, k) * (u[i] as number) * (y[k] as number);
      expect(t.fx[j]).toBeCloseTo(e, 10);
    }
    for (let k = 0; k < 2; k += 1) {
      let e = 0;
      for (let i = 0; i < 5; i += 1)
        for (let j = 0; j < 3; j += 1) e += at(i, j, k) * (u[i] as number) * (x[j] as number);
      expect(t.fy[k]).toBeCloseTo(e, 10);
    }
    const m = matrixFields(s.ym, 5, 4, u, s.v);
    let e0 = 0;
    for (let j = 0; j < 4; j += 1) e0 += (s.ym[j] as number) * (s.v[j] as number);
    expect(m.fu[0]).toBeCloseTo(e0, 10);
    let e1 = 0;
    for (let i = 0; i < 5; i += 1) e1 += (s.ym[i * 4 + 1] as number) * (u[i] as number);
    expect(m.fv[1]).toBeCloseTo(e1, 10);
  });
});

describe('Bayes-AMP for the spiked matrix–tensor model', () => {
  it('matches its state evolution: u at the matrix fixed point, then x once Δ_t is small enough', () => {
    const rng = createRng(2);
    const config = { ...SIZES, deltaM: 0.5, deltaT: 0.05 };
    const traj = matrixTensorAmp(sampleMatrixTensor(config, rng), { iterations: 80, initScale: 1, damping: 0.3 }, rng);
    const se = ampStateEvolution(config, 0.01, 400).at(-1);
    const last = traj.at(-1);
    if (!se || !last) throw new Error('empty trajectory');
    expect(se.x).toBeGreaterThan(0.5);
    expect(last.u ** 2).toBeGreaterThan(se.u - 0.1);
    expect(last.u ** 2).toBeLessThan(se.u + 0.1);
    expect(last.x ** 2).toBeGreaterThan(se.x - 0.15);
  });

  it('with a weak tensor (Δ_t = 3) it converges to the top singular vector of Y_m and does not recover x', () => {
    const rng = createRng(3);
    const config = { ...SIZES, deltaM: 0.5, deltaT: 3 };
    const sample = sampleMatrixTensor(config, rng);
    const last = matrixTensorAmp(sample, { iterations: 100, initScale: 1, damping: 0.3 }, rng).at(-1);
    const svd = topSingularPair(sample.ym, SIZES.n1, SIZES.n2, 300, rng);
    expect(ampStateEvolution(config, 0.01, 400).at(-1)?.x ?? 1).toBeLessThan(1e-6);
    expect(Math.abs((last?.u ?? 0) - cosineOverlap(svd.left, sample.u))).toBeLessThan(0.02);
    expect(last?.u ?? 0).toBeGreaterThan(0.5);
    expect(last?.x ?? 1).toBeLessThan(0.3);
  });
});

describe('joint gradient descent', () => {
  it('GD on the matrix term alone converges to the top singular pair', () => {
    const rng = createRng(4);
    const s = sampleMatrixTensor({ n1: 60, n2: 60, n3: 10, n4: 10, deltaM: 0.3, deltaT: 1 }, rng);
    const svd = topSingularPair(s.ym, 60, 60, 500, rng);
    const gd = jointGradientDescent(s, { steps: 3000, lr: 0.05, objective: 'matrix' }, createRng(5));
    let cos = 0;
    for (let i = 0; i < 60; i += 1) cos += (svd.left[i] as number) * (s.u[i] as number);
    const svdOverlap = Math.abs(cos) / Math.sqrt(s.u.reduce((a, b) => a + b * b, 0));
    expect(Math.abs(gd.u - svdOverlap)).toBeLessThan(0.02);
    expect(gd.x).toBeLessThan(0.6);
  });

  it('joint GD recovers all four vectors at low noise on a small instance', () => {
    const rng = createRng(6);
    const s = sampleMatrixTensor({ n1: 30, n2: 30, n3: 15, n4: 15, deltaM: 0.05, deltaT: 0.01 }, rng);
    const gd = jointGradientDescent(s, { steps: 3000, lr: 0.2 / (1 / 0.05 + 1 / 0.01), objective: 'joint' }, rng);
    expect(gd.u).toBeGreaterThan(0.9);
    expect(gd.v).toBeGreaterThan(0.9);
    expect(gd.x).toBeGreaterThan(0.9);
    expect(gd.y).toBeGreaterThan(0.9);
  });
});
