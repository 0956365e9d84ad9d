import { createRng, sampleNormal } from '@repro/tensor';
import { describe, expect, it } from 'vitest';
import {
  arraySource,
  createTeacher,
  directionRecovery,
  featureDimension,
  fitSpectral,
  hermiteFeatures,
  inputDimension,
  nmse,
  predictSpectral,
  project,
  quadraticFormOperator,
  sampleTeacher,
  spectralOperator,
  type TrainingSource,
  trainingStream,
} from '../src/index.ts';
import { streamFixture } from './stream-fixture.ts';
import { useWasmBackend } from './wasm-backend.ts';

const backend = useWasmBackend();

/** Reads of a source's features and inputs, counted. */
function counted(source: TrainingSource) {
  const calls = { features: 0, inputs: 0 };
  const wrapped: TrainingSource = {
    ...source,
    features: (c) => {
      calls.features += 1;
      return source.features(c);
    },
    ...(source.chunkInputs
      ? {
          chunkInputs: (c: number) => {
            calls.inputs += 1;
            return (source.chunkInputs as (c: number) => Float32Array)(c);
          },
        }
      : {}),
  };
  return { source: wrapped, calls };
}

/** x (n × d) and its features as a regenerated source with inputs (copies on every read) and as a kept one. */
function sources(x: Float32Array, y: Float64Array, d: number, chunkRows: number) {
  const n = y.length;
  const dim = featureDimension(d);
  const z = hermiteFeatures(x, n, d);
  const end = (c: number) => Math.min(n, (c + 1) * chunkRows);
  const regenerated: TrainingSource = {
    n,
    dim,
    y,
    chunkRows,
    kept: false,
    features: (c) => z.slice(c * chunkRows * dim, end(c) * dim),
    chunkInputs: (c) => x.slice(c * chunkRows * d, end(c) * d),
    prefix: () => {
      throw new Error('not needed');
    },
  };
  return { z, kept: arraySource(z, y, dim, chunkRows), regenerated };
}

/** Float64 reference (1/n)·Zᵀ(y ⊙ Z·q) − ȳ·q. */
function reference(z: Float32Array, y: Float64Array, dim: number, q: Float64Array): Float64Array {
  const n = y.length;
  const out = new Float64Array(dim);
  let ySum = 0;
  for (let r = 0; r < n; r += 1) {
    let u = 0;
    for (let m = 0; m < dim; m += 1) u += (z[r * dim + m] as number) * (q[m] as number);
    const w = (y[r] as number) * u;
    ySum += y[r] as number;
    for (let m = 0; m < dim; m += 1) out[m] = (out[m] as number) + (w * (z[r * dim + m] as number)) / n;
  }
  return out.map((v, m) => v - (ySum / n) * (q[m] as number));
}

function maxAbs(v: ArrayLike<number>): number {
  return Math.max(...Array.from(v, Math.abs));
}

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let m = 0;
  for (let i = 0; i < a.length; i += 1) m = Math.max(m, Math.abs((a[i] as number) - (b[i] as number)));
  return m;
}

function draw(d: number, n: number, seed: number) {
  const rng = createRng(seed);
  const x = sampleNormal(rng, n * d);
  const y = Float64Array.from(
    sampleNormal(rng, n),
    (v, r) => 0.5 * v + (x[r * d] as number) * (x[r * d + 1] as number) + (x[r * d + 2] as number) ** 2 - 1,
  );
  return { x, y, rng };
}

describe('the layer-1 operator from the inputs x (no features)', () => {
  it('inputDimension inverts d(d+1)/2', () => {
    for (const d of [1, 2, 7, 12, 120]) expect(inputDimension(featureDimension(d))).toBe(d);
    expect(() => inputDimension(10 + 1)).toThrow(RangeError);
  });

  for (const d of [7, 12])
    it(`equals the feature operator on a random block at d = ${d} (two chunks, the last one cut)`, async () => {
      const chunkRows = 200;
      const n = 2 * chunkRows - 37;
      const dim = featureDimension(d);
      const { x, y, rng } = draw(d, n, d);
      const { z, kept, regenerated } = sources(x, y, d, chunkRows);
      const block = Array.from({ length: 5 }, () => Float64Array.from(sampleNormal(rng, dim)));
      const viaFeatures = spectralOperator(backend.tf, kept);
      const viaInputs = spectralOperator(backend.tf, regenerated);
      const want = await viaFeatures.apply(block);
      const got = await viaInputs.apply(block);
      viaFeatures.dispose();
      viaInputs.dispose();
      block.forEach((q, j) => {
        const exact = reference(z, y, dim, q);
        const scale = maxAbs(exact);
        expect(maxDiff(got[j] as Float64Array, want[j] as Float64Array)).toBeLessThan(1e-4 * scale);
        expect(maxDiff(got[j] as Float64Array, exact)).toBeLessThan(1e-4 * scale);
        expect(maxDiff(want[j] as Float64Array, exact)).toBeLessThan(1e-4 * scale);
      });
    });

  for (const d of [7, 12])
    it(`projects ĥ = Z·Â from x as from the features at d = ${d}`, async () => {
      const chunkRows = 200;
      const n = 2 * chunkRows - 37;
      const dim = featureDimension(d);
      const { x, y, rng } = draw(d, n, 100 + d);
      const { regenerated } = sources(x, y, d, chunkRows);
      const vectors = Array.from({ length: 4 }, () => Float64Array.from(sampleNormal(rng, dim)));
      const forms = quadraticFormOperator(backend.tf, vectors, d);
      for (let c = 0; c < 2; c += 1) {
        const xc = regenerated.chunkInputs?.(c) as Float32Array;
        const rows = xc.length / d;
        expect(rows).toBe(c === 0 ? chunkRows : chunkRows - 37);
        const xt = backend.tf.tensor2d(xc, [rows, d]);
        const got = await forms.project(xt);
        xt.dispose();
        const want = project(regenerated.features(c), rows, dim, vectors);
        expect(maxDiff(got, want)).toBeLessThan(1e-4 * maxAbs(want));
      }
      forms.dispose();
    });

  it('fits the same estimator on a regenerated real-input stream (from x) as on the kept one (from the features)', async () => {
    const { dim, teacher, n, seed, options } = streamFixture();
    const kept = counted(trainingStream({ teacher, model: 'true', n, seed }));
    const regen = counted(trainingStream({ teacher, model: 'true', n, seed, maxKeptEntries: 1000 }));
    expect(kept.source.kept).toBe(true);
    expect(regen.source.kept).toBe(false);
    const a = await fitSpectral(backend.tf, kept.source, options, createRng(3));
    const b = await fitSpectral(backend.tf, regen.source, options, createRng(3));
    // The kept stream is read as features only, the regenerated one as inputs only.
    expect(kept.calls.features).toBeGreaterThan(0);
    expect(kept.calls.inputs).toBe(0);
    expect(regen.calls.features).toBe(0);
    expect(regen.calls.inputs).toBe(3 * (options.iters + 1)); // the operator passes and B̂ (ĥ is cached for the calibration)
    const ra = directionRecovery(teacher.a, a.vectors);
    const rb = directionRecovery(teacher.a, b.vectors);
    ra.forEach((r, i) => {
      expect(r).toBeGreaterThan(0.4); // chance: k/D ≈ 0.06
      expect(Math.abs((rb[i] as number) - r)).toBeLessThan(1e-3);
    });
    const test = sampleTeacher(teacher, 2000, createRng(4));
    const ea = nmse(predictSpectral(a, test.z, test.n, dim), test.y);
    const eb = nmse(predictSpectral(b, test.z, test.n, dim), test.y);
    expect(ea).toBeLessThan(0.8);
    expect(Math.abs(eb - ea)).toBeLessThan(1e-3);
  });

  it('keeps the feature path, bit for bit, for a kept source and for the Gaussian-equivalent model', async () => {
    const d = 6;
    const n = 3000;
    const dim = featureDimension(d);
    const { x, y } = draw(d, n, 5);
    const z = hermiteFeatures(x, n, d);
    const options = { k: 3, oversample: 4, iters: 5 };
    // A kept source that also offers its inputs is still read as features, identical to the array fit.
    const withInputs = counted({ ...arraySource(z, y, dim, 1000), chunkInputs: (c) => x.slice(c * 1000 * d) });
    const a = await fitSpectral(backend.tf, withInputs.source, options, createRng(9));
    const b = await fitSpectral(backend.tf, arraySource(z, y, dim, 1000), options, createRng(9));
    expect(withInputs.calls.inputs).toBe(0);
    expect(withInputs.calls.features).toBeGreaterThan(0);
    expect(Array.from(a.values)).toEqual(Array.from(b.values));
    expect(a.vectors.map((v) => Array.from(v))).toEqual(b.vectors.map((v) => Array.from(v)));
    expect(Array.from(a.b)).toEqual(Array.from(b.b));
    expect([a.scale, a.shift]).toEqual([b.scale, b.shift]);
    // A regenerated Gaussian-equivalent stream has no inputs: features only.
    const teacher = createTeacher({ d, eps: 0.5, bMode: 'powerlaw', gamma: 0.25, link: 'id' }, createRng(2));
    const gauss = counted(trainingStream({ teacher, model: 'gauss', n, seed: 3, maxKeptEntries: 10, chunkRows: 1000 }));
    expect(gauss.source.chunkInputs).toBeUndefined();
    await fitSpectral(backend.tf, gauss.source, options, createRng(9));
    expect(gauss.calls.features).toBe(3 * (options.iters + 1)); // the operator passes and B̂ (ĥ is cached for the calibration)
    expect(gauss.calls.inputs).toBe(0);
  });
});
