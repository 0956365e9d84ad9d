/** Rows per chunk of a training source: the estimator multiplies one chunk at a time on the backend. */
export const TRAIN_CHUNK = 8192;

/**
 * A training set of n samples in the d(d+1)/2 normalized Hermite features, read chunk by chunk: chunk c holds rows
 * c·chunkRows … min(n, (c + 1)·chunkRows) − 1. The labels of all n samples are held; the features may be held
 * (`kept`) or regenerated on each read (the same numbers every time).
 */
export interface TrainingSource {
  readonly n: number;
  readonly dim: number;
  /** Labels of the n samples. */
  readonly y: Float64Array;
  readonly chunkRows: number;
  /** Features held in memory: reading a chunk costs nothing, and a backend may keep it uploaded. */
  readonly kept: boolean;
  /** Features of chunk c (rows × dim, row-major float32). */
  features(c: number): Float32Array;
  /**
   * For real inputs only: the inputs x of chunk c (rows × d, row-major float32, dim = d(d+1)/2), whose Hermite
   * features are `features(c)`. When the features are not kept, the estimator works from these instead.
   */
  chunkInputs?(c: number): Float32Array;
  /** The first m samples (m ≤ n): the first ⌈m/chunkRows⌉ chunks, the last one cut. */
  prefix(m: number): TrainingSource;
}

/** ⌈n / chunkRows⌉. */
export function chunkCount(source: Pick<TrainingSource, 'n' | 'chunkRows'>): number {
  return Math.ceil(source.n / source.chunkRows);
}

/** Rows of chunk c. */
export function chunkRowCount(source: Pick<TrainingSource, 'n' | 'chunkRows'>, c: number): number {
  return Math.min(source.chunkRows, source.n - c * source.chunkRows);
}

/** A feature matrix z (n × dim, row-major) and its labels as a kept source. */
export function arraySource(z: Float32Array, y: Float64Array, dim: number, chunkRows = TRAIN_CHUNK): TrainingSource {
  const n = y.length;
  if (z.length < n * dim) throw new RangeError(`arraySource: ${z.length} features for ${n} rows of ${dim}`);
  return {
    n,
    dim,
    y,
    chunkRows,
    kept: true,
    features: (c) => z.subarray(c * chunkRows * dim, Math.min(n, (c + 1) * chunkRows) * dim),
    prefix: (m) => {
      if (!(m >= 0 && m <= n)) throw new RangeError(`prefix: ${m} of ${n} samples`);
      return arraySource(z.subarray(0, m * dim), y.subarray(0, m), dim, chunkRows);
    },
  };
}
