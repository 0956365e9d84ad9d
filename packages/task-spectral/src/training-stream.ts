import { createRng, deriveSeed, type Rng, sampleNormal } from '@repro/tensor';
import { featureDimension, hermiteFeatures } from './hermite-features.ts';
import { sampleGaussianEquivalent, sampleTeacher, type Teacher } from './hierarchical-teacher.ts';
import { chunkCount, chunkRowCount, TRAIN_CHUNK, type TrainingSource } from './training-source.ts';

/** Default bound on n·d(d+1)/2 for keeping a stream's features in memory (8·10⁷ float32 entries, 320 MB). */
export const MAX_KEPT_ENTRIES = 8e7;

export interface TrainingStreamOptions {
  teacher: Teacher;
  /** Real inputs (Hermite features of x ~ N(0, I)) or the Gaussian-equivalent model (i.i.d. N(0, 1) features). */
  model: 'true' | 'gauss';
  n: number;
  /** Chunk c is drawn from `createRng(deriveSeed(seed, \`train-chunk-${c}\`))`. */
  seed: number;
  /** Largest n·d(d+1)/2 whose features are kept in memory; above it they are regenerated on every read. */
  maxKeptEntries?: number;
  chunkRows?: number;
}

/** The inputs x (m × d row-major; empty for the Gaussian-equivalent model) and labels of the first m samples. */
export interface TrainingInputs {
  n: number;
  d: number;
  x: Float32Array;
  y: Float64Array;
}

export interface TrainingStream extends TrainingSource {
  inputs(m: number): TrainingInputs;
}

/**
 * A seeded training draw of n samples of the hierarchical teacher, as a sequence of chunks of `chunkRows` rows:
 * chunk c is the first rows of a draw of the model from its own generator `deriveSeed(seed, \`train-chunk-${c}\`)`,
 * so a chunk is a pure function of (seed, c) and a prefix of m samples is the first ⌈m/chunkRows⌉ chunks, the last
 * one cut. One first pass computes the labels of all n samples (held as Float64, and permutable in place by the
 * caller); the features are kept from that pass when n·d(d+1)/2 ≤ `maxKeptEntries`, otherwise regenerated from the
 * seed on every read.
 */
export function trainingStream(options: TrainingStreamOptions): TrainingStream {
  const { teacher, model, n, seed } = options;
  const { d } = teacher;
  const dim = featureDimension(d);
  const chunkRows = options.chunkRows ?? TRAIN_CHUNK;
  const kept = n * dim <= (options.maxKeptEntries ?? MAX_KEPT_ENTRIES);
  const rngOf = (c: number): Rng => createRng(deriveSeed(seed, `train-chunk-${c}`));
  const y = new Float64Array(n);
  const keptZ: Float32Array[] = [];
  const keptX: Float32Array[] = [];
  const count = chunkCount({ n, chunkRows });
  for (let c = 0; c < count; c += 1) {
    const rows = chunkRowCount({ n, chunkRows }, c);
    const draw = model === 'gauss' ? sampleGaussianEquivalent : sampleTeacher;
    const sample = draw(teacher, rows, rngOf(c));
    y.set(sample.y, c * chunkRows);
    if (kept) {
      keptZ.push(sample.z);
      keptX.push(sample.x);
    }
  }
  // The same generator calls as sampleTeacher / sampleGaussianEquivalent, without the labels.
  const regenerateX = (c: number, rows: number) => sampleNormal(rngOf(c), rows * d);
  const regenerateZ = (c: number, rows: number) =>
    model === 'gauss' ? sampleNormal(rngOf(c), rows * dim) : hermiteFeatures(regenerateX(c, rows), rows, d);
  const view = (m: number): TrainingStream => {
    if (!(Number.isInteger(m) && m >= 0 && m <= n)) throw new RangeError(`prefix: ${m} of ${n} samples`);
    const rowsOf = (c: number) => {
      const rows = chunkRowCount({ n: m, chunkRows }, c);
      if (!(c >= 0 && rows > 0)) throw new RangeError(`chunk ${c} out of range (${m} samples)`);
      return rows;
    };
    return {
      n: m,
      dim,
      y: m === n ? y : y.subarray(0, m),
      chunkRows,
      kept,
      features: (c) => {
        const rows = rowsOf(c);
        return kept ? (keptZ[c] as Float32Array).subarray(0, rows * dim) : regenerateZ(c, rows);
      },
      prefix: view,
      ...(model === 'gauss'
        ? {}
        : {
            chunkInputs: (c: number) => {
              const rows = rowsOf(c);
              return kept ? (keptX[c] as Float32Array).subarray(0, rows * d) : regenerateX(c, rows);
            },
          }),
      inputs: (k) => {
        if (!(Number.isInteger(k) && k >= 0 && k <= m)) throw new RangeError(`inputs: ${k} of ${m} samples`);
        if (model === 'gauss') return { n: k, d, x: new Float32Array(0), y: y.slice(0, k) };
        const x = new Float32Array(k * d);
        for (let c = 0; c * chunkRows < k; c += 1) {
          const rows = chunkRowCount({ n: k, chunkRows }, c);
          x.set(kept ? (keptX[c] as Float32Array).subarray(0, rows * d) : regenerateX(c, rows), c * chunkRows * d);
        }
        return { n: k, d, x, y: y.slice(0, k) };
      },
    };
  };
  return view(n);
}
