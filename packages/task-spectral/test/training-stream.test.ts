import { createRng, deriveSeed } from '@repro/tensor';
import { describe, expect, it } from 'vitest';
import {
  arraySource,
  chunkCount,
  directionRecovery,
  fitSpectral,
  nmse,
  predictSpectral,
  sampleGaussianEquivalent,
  sampleTeacher,
  TRAIN_CHUNK,
  trainingStream,
} from '../src/index.ts';
import { streamFixture } from './stream-fixture.ts';
import { useWasmBackend } from './wasm-backend.ts';

const backend = useWasmBackend();

const { d, dim, teacher, n, seed, options } = streamFixture();

/** The first m samples drawn chunk by chunk straight from the teacher's samplers (an independent construction). */
function materialize(model: 'true' | 'gauss', m: number) {
  const z = new Float32Array(m * dim);
  const x = new Float32Array(model === 'true' ? m * d : 0);
  const y = new Float64Array(m);
  for (let c = 0; c * TRAIN_CHUNK < m; c += 1) {
    const rows = Math.min(TRAIN_CHUNK, m - c * TRAIN_CHUNK);
    const draw = model === 'gauss' ? sampleGaussianEquivalent : sampleTeacher;
    const s = draw(teacher, TRAIN_CHUNK, createRng(deriveSeed(seed, `train-chunk-${c}`)));
    z.set(s.z.subarray(0, rows * dim), c * TRAIN_CHUNK * dim);
    if (model === 'true') x.set(s.x.subarray(0, rows * d), c * TRAIN_CHUNK * d);
    y.set(s.y.subarray(0, rows), c * TRAIN_CHUNK);
  }
  return { z, x, y };
}

describe('seeded training stream', () => {
  for (const model of ['true', 'gauss'] as const)
    it(`regenerates bit-identical chunks equal to the kept draw and to the full-chunk draws (${model})`, () => {
      const kept = trainingStream({ teacher, model, n, seed });
      const regen = trainingStream({ teacher, model, n, seed, maxKeptEntries: 1000 });
      expect(kept.kept).toBe(true);
      expect(regen.kept).toBe(false);
      expect(chunkCount(regen)).toBe(3);
      const want = materialize(model, n);
      expect(Array.from(regen.y)).toEqual(Array.from(want.y));
      expect(Array.from(kept.y)).toEqual(Array.from(want.y));
      for (let c = 0; c < 3; c += 1) {
        const first = regen.features(c);
        const second = regen.features(c);
        expect(second).not.toBe(first);
        expect(first.length).toBe((c < 2 ? TRAIN_CHUNK : 1234) * dim);
        expect(Array.from(second)).toEqual(Array.from(first));
        expect(Array.from(kept.features(c))).toEqual(Array.from(first));
        const slice = want.z.subarray(c * TRAIN_CHUNK * dim, c * TRAIN_CHUNK * dim + first.length);
        expect(Array.from(first)).toEqual(Array.from(slice));
      }
      // Inputs of the first m samples (the baselines' cap), across a chunk boundary.
      const m = TRAIN_CHUNK + 100;
      for (const source of [kept, regen]) {
        const inputs = source.inputs(m);
        expect(inputs.n).toBe(m);
        expect(Array.from(inputs.y)).toEqual(Array.from(want.y.subarray(0, m)));
        expect(Array.from(inputs.x)).toEqual(Array.from(want.x.subarray(0, model === 'true' ? m * d : 0)));
      }
      // A prefix reads the first chunks, the last one cut.
      const prefix = regen.prefix(TRAIN_CHUNK + 5);
      expect(chunkCount(prefix)).toBe(2);
      expect(Array.from(prefix.features(1))).toEqual(Array.from(first5(want.z)));
    });

  it('fits the same estimator from regenerated chunks as from the kept draw (exactly)', async () => {
    const kept = trainingStream({ teacher, model: 'gauss', n, seed });
    const regen = trainingStream({ teacher, model: 'gauss', n, seed, maxKeptEntries: 1000 });
    const a = await fitSpectral(backend.tf, kept, options, createRng(3));
    const b = await fitSpectral(backend.tf, regen, options, createRng(3));
    expect(Array.from(b.values)).toEqual(Array.from(a.values));
    expect(Array.from(b.b)).toEqual(Array.from(a.b));
    expect(b.vectors.map((v) => Array.from(v))).toEqual(a.vectors.map((v) => Array.from(v)));
    expect(b.scale).toBe(a.scale);
    expect(b.shift).toBe(a.shift);
    // And it is a working fit: d = 8, n ≈ d^4.7 on the Gaussian-equivalent model.
    for (const r of directionRecovery(teacher.a, b.vectors)) expect(r).toBeGreaterThan(0.9);
    const test = sampleGaussianEquivalent(teacher, 2000, createRng(4));
    expect(nmse(predictSpectral(b, test.z, test.n, dim), test.y)).toBeLessThan(0.2);
    expect(b.scale).toBeGreaterThan(0.5);
  });

  it('fits a prefix on exactly its first n samples (equal to the fit of those rows from arrays)', async () => {
    const m = 2 * TRAIN_CHUNK + 500;
    const regen = trainingStream({ teacher, model: 'true', n, seed, maxKeptEntries: 1000 });
    const want = materialize('true', m);
    const viaPrefix = await fitSpectral(backend.tf, regen.prefix(m), options, createRng(5));
    // A regenerated real-input source is read as its inputs x: the same arrays as a regenerated source with inputs.
    const arrays = arraySource(want.z, want.y, dim);
    const viaArrays = await fitSpectral(
      backend.tf,
      {
        ...arrays,
        kept: false,
        chunkInputs: (c) => want.x.subarray(c * TRAIN_CHUNK * d, Math.min(m, (c + 1) * TRAIN_CHUNK) * d),
      },
      options,
      createRng(5),
    );
    expect(Array.from(viaPrefix.values)).toEqual(Array.from(viaArrays.values));
    expect(Array.from(viaPrefix.b)).toEqual(Array.from(viaArrays.b));
    expect(viaPrefix.scale).toBe(viaArrays.scale);
    expect(viaPrefix.shift).toBe(viaArrays.shift);
    // The full draw's fit differs: the prefix really stops at m.
    const full = await fitSpectral(backend.tf, regen, options, createRng(5));
    expect(full.scale).not.toBe(viaPrefix.scale);
  });
});

/** Rows TRAIN_CHUNK … TRAIN_CHUNK + 4 of a feature matrix. */
function first5(z: Float32Array): Float32Array {
  return z.subarray(TRAIN_CHUNK * dim, (TRAIN_CHUNK + 5) * dim);
}
