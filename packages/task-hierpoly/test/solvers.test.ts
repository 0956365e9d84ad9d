import { createBackend, createRng } from '@repro/tensor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyFeatures,
  denseGramForTest,
  fitStageTwo,
  gaussianInputs,
  hermiteFeatures,
  kernelRidge,
  nmse,
  predictStageTwo,
  prefixGrams,
  projectFeatures,
  reluNtkKernel,
  ridgeSolve,
} from './helpers.ts';

let backend: Awaited<ReturnType<typeof createBackend>>;
beforeAll(async () => {
  backend = await createBackend('cpu');
});
afterAll(() => backend?.dispose());

describe('ridge pieces', () => {
  it('ridgeSolve solves (G + λ·tr(G)/m·I)u = b', () => {
    const g = Float64Array.from([4, 1, 1, 3]);
    const b = Float64Array.from([1, 2]);
    const u = ridgeSolve(g, b, 0.5); // shift = 0.5·7/2 = 1.75
    const a = [4 + 1.75, 1, 1, 3 + 1.75];
    expect((a[0] as number) * (u[0] as number) + (a[1] as number) * (u[1] as number)).toBeCloseTo(1, 10);
    expect((a[2] as number) * (u[0] as number) + (a[3] as number) * (u[1] as number)).toBeCloseTo(2, 10);
    expect(() => ridgeSolve(g, b, 0)).toThrow(/lambda/);
  });

  it('prefix Gram matrices on the backend equal a float64 reference at each checkpoint', async () => {
    const { tf } = backend;
    const d = 5;
    const rows = 300;
    const map = hermiteFeatures(createRng(3), d, 12, 2);
    const x = gaussianInputs(createRng(4), rows, d);
    const y = Float64Array.from({ length: rows }, (_, i) => Math.sin(i));
    const grams = await prefixGrams(tf, map, x, y, [100, 300]);
    const ft = applyFeatures(tf, map, tf.tensor2d(x, [rows, d]));
    const f = await ft.data();
    for (const g of grams) {
      const ref = denseGramForTest(f, g.n, 12, y);
      for (let i = 0; i < ref.gram.length; i += 1) expect(g.gram[i]).toBeCloseTo(ref.gram[i] as number, 1);
      for (let i = 0; i < 12; i += 1) expect(g.fty[i]).toBeCloseTo(ref.fty[i] as number, 2);
    }
    const u = Float64Array.from({ length: 12 }, (_, i) => i / 12);
    const proj = await projectFeatures(tf, map, x, u, 1);
    let s = 0;
    for (let j = 0; j < 12; j += 1) s += (f[j] as number) * (u[j] as number);
    expect(proj[0]).toBeCloseTo(s, 3);
    await expect(prefixGrams(tf, map, x, y, [300, 100])).rejects.toThrow(/ascending/);
  });

  it('stage two fits a cubic of η almost exactly', () => {
    const eta = gaussianInputs(createRng(5), 4000, 1);
    const y = Float64Array.from(eta, (z) => z ** 3 / Math.sqrt(15));
    const model = fitStageTwo(eta, y, createRng(6));
    const test = gaussianInputs(createRng(7), 2000, 1);
    const yt = Float64Array.from(test, (z) => z ** 3 / Math.sqrt(15));
    expect(nmse(predictStageTwo(model, test), yt)).toBeLessThan(0.02);
  });
});

describe('ReLU NTK kernel ridge', () => {
  it('k(x, x) = 2‖x‖² and k(x, x′) = ‖x‖‖x′‖/π for orthogonal inputs', () => {
    const a = Float64Array.from([3, 0, 0, 0, 2, 0]);
    const k = reluNtkKernel(a, 2, a, 2, 3);
    expect(k[0]).toBeCloseTo(18, 10);
    expect(k[3]).toBeCloseTo(8, 10);
    expect(k[1]).toBeCloseTo(6 / Math.PI, 10);
  });

  it('learns a linear target and picks λ on the validation set', () => {
    const d = 6;
    const draw = (seed: number, n: number) => {
      const x = gaussianInputs(createRng(seed), n, d);
      const y = Float64Array.from({ length: n }, (_, i) => (x[i * d] as number) - 0.5 * (x[i * d + 1] as number));
      return { x, y, n };
    };
    const test = draw(3, 500);
    const r = kernelRidge(draw(1, 600), draw(2, 300), test, d, [1e-4, 1e-2, 1]);
    expect(nmse(r.prediction, test.y)).toBeLessThan(0.1);
    expect(r.validation).toHaveLength(3);
    expect(r.lambda).toBe([1e-4, 1e-2, 1][r.validation.indexOf(Math.min(...r.validation))]);
  });
});
