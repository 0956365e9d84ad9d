import { createRng, sampleNormal } from '@repro/tensor';
import { describe, expect, it } from 'vitest';
import { fitLofiLayer, lofiFeatures, rmsRowNorm, signedCovarianceMatvec } from '../src/lofi.ts';
import { ridgeCv } from '../src/ridge-cv.ts';

describe('Neural LoFi layers', () => {
  it('matrix-free signed covariance equals the dense (1/N) Zᵀ diag(y) Z', () => {
    const rng = createRng(1);
    const n = 40;
    const d = 6;
    const p = 15;
    const h = sampleNormal(rng, n * d);
    const w = sampleNormal(rng, d * p);
    const y = sampleNormal(rng, n);
    const z = lofiFeatures(h, n, d, w, p, rmsRowNorm(h, n, d), 'tanh');
    const v = Float64Array.from(sampleNormal(rng, p));
    const got = signedCovarianceMatvec(z, n, p, y)(v);
    for (let a = 0; a < p; a += 1) {
      let s = 0;
      for (let b = 0; b < p; b += 1) {
        let cab = 0;
        for (let r = 0; r < n; r += 1) cab += (z[r * p + a] as number) * (y[r] as number) * (z[r * p + b] as number);
        s += (cab / n) * (v[b] as number);
      }
      expect(got[a]).toBeCloseTo(s, 12);
    }
  });

  it('features follow σ(h·W/c)/√P with c the RMS row norm', () => {
    const h = Float64Array.from([3, 4, 0, 0]); // rows (3,4), (0,0): c = √(25/2)
    const w = Float64Array.from([1, 0, 0, 1]);
    const z = lofiFeatures(h, 2, 2, w, 2, rmsRowNorm(h, 2, 2), 'poly2');
    const c = Math.sqrt(12.5);
    expect(z[0]).toBeCloseTo((3 / c) ** 2 / Math.sqrt(2), 12);
    expect(z[1]).toBeCloseTo((4 / c) ** 2 / Math.sqrt(2), 12);
    expect(z[2]).toBe(0);
  });

  it('ridgeCv picks a small λ on a noiseless linear problem and a large one on pure noise', () => {
    const rng = createRng(2);
    const n = 200;
    const d = 10;
    const x = Float64Array.from(sampleNormal(rng, n * d));
    const beta = sampleNormal(rng, d);
    const y = new Float64Array(n);
    for (let r = 0; r < n; r += 1)
      for (let k = 0; k < d; k += 1) y[r] = (y[r] as number) + (x[r * d + k] as number) * (beta[k] as number);
    const clean = ridgeCv(x, n, d, y);
    expect(clean.lambda).toBeLessThanOrEqual(1e-3);
    const noise = Float64Array.from(sampleNormal(rng, n));
    expect(ridgeCv(x, n, d, noise).lambda).toBeGreaterThanOrEqual(10);
  });

  it('a planted quadratic label gives a first-layer outlier eigenvalue that shuffled labels do not', () => {
    const rng = createRng(3);
    const n = 3000;
    const d = 10;
    const x = sampleNormal(rng, n * d);
    const y = new Float64Array(n);
    for (let r = 0; r < n; r += 1) y[r] = ((x[r * d] as number) ** 2 - 1) / Math.SQRT2;
    const spec = { p: 200, k: 3, activation: 'poly2' as const };
    const planted = fitLofiLayer(x, n, d, y, spec, createRng(4));
    const shuffled = y.slice().reverse();
    const control = fitLofiLayer(x, n, d, shuffled, spec, createRng(4));
    const top = Math.abs(planted.eigenvalues[0] as number);
    expect(top).toBeGreaterThan(3 * Math.abs(control.eigenvalues[0] as number));
    expect(top).toBeGreaterThan(3 * Math.abs(planted.eigenvalues[1] as number));
  });
});
