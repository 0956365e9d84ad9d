import type { TF } from '@repro/tensor';
import type { Tensor2D } from '@tensorflow/tfjs-core';
import { inputDimension, quadraticFormOperator } from './quadratic-form-operator.ts';
import { chunkCount, chunkRowCount, type TrainingSource } from './training-source.ts';

/** The block of vectors as the columns of a float32 [dim, k] row-major matrix, for a backend matMul. */
export function columnMatrix(vectors: readonly Float64Array[], dim: number): Float32Array {
  const k = vectors.length;
  const out = new Float32Array(dim * k);
  vectors.forEach((v, c) => {
    for (let i = 0; i < dim; i += 1) out[i * k + c] = v[i] as number;
  });
  return out;
}

/** acc += part, element by element (chunk sums accumulated in Float64 on the host). */
export function accumulate(acc: Float64Array, part: ArrayLike<number>): void {
  for (let i = 0; i < acc.length; i += 1) acc[i] = (acc[i] as number) + (part[i] as number);
}

/**
 * Chunks of a source on the backend: a kept source is uploaded once and stays there until `dispose`; otherwise
 * each chunk is read (regenerated), uploaded, used and released in turn. `inputs` (d) when the chunks are the
 * inputs x (rows × d, in `z`: a regenerated source with `chunkInputs`), else null and they are the features.
 */
export interface ChunkFeed {
  inputs: number | null;
  /** Calls fn on every chunk in order (c, first row, rows); `tensors(c)` is valid inside the call. */
  each(fn: (c: number, start: number, rows: number) => Promise<void>): Promise<void>;
  tensors(c: number): { z: Tensor2D; y: Tensor2D };
  dispose(): void;
}

export function chunkFeed(tf: TF, source: TrainingSource): ChunkFeed {
  const { dim, y } = source;
  const count = chunkCount(source);
  const readInputs = source.kept ? undefined : source.chunkInputs?.bind(source);
  const inputs = readInputs ? inputDimension(dim) : null;
  const upload = (c: number) => {
    const rows = chunkRowCount(source, c);
    const start = c * source.chunkRows;
    return {
      z: readInputs
        ? tf.tensor2d(readInputs(c), [rows, inputs as number])
        : tf.tensor2d(source.features(c), [rows, dim]),
      y: tf.tensor2d(Float32Array.from(y.subarray(start, start + rows)), [rows, 1]),
    };
  };
  const held = source.kept ? Array.from({ length: count }, (_, c) => upload(c)) : [];
  let current: { c: number; z: Tensor2D; y: Tensor2D } | null = null;
  return {
    inputs,
    async each(fn) {
      for (let c = 0; c < count; c += 1) {
        if (!source.kept) current = { c, ...upload(c) };
        try {
          await fn(c, c * source.chunkRows, chunkRowCount(source, c));
        } finally {
          if (current) tf.dispose([current.z, current.y]);
          current = null;
        }
      }
    },
    tensors(c) {
      if (source.kept) return held[c] as { z: Tensor2D; y: Tensor2D };
      if (current?.c !== c) throw new Error(`chunk ${c} is not on the backend`);
      return current;
    },
    dispose: () => tf.dispose(held.flatMap((t) => [t.z, t.y])),
  };
}

/** ĥ of one chunk (rows × k, Float64) by a backend matMul Z_c·Â (or from x); `dispose` releases Â. */
export function projectOnFeed(tf: TF, feed: ChunkFeed, vectors: readonly Float64Array[]) {
  if (feed.inputs !== null) {
    const forms = quadraticFormOperator(tf, vectors, feed.inputs);
    return { chunk: (c: number) => forms.project(feed.tensors(c).z), dispose: () => forms.dispose() };
  }
  const k = vectors.length;
  const dim = (vectors[0] as Float64Array).length;
  const at = tf.tensor2d(columnMatrix(vectors, dim), [dim, k]);
  return {
    chunk: async (c: number): Promise<Float64Array> => {
      const h = tf.matMul(feed.tensors(c).z, at);
      const out = Float64Array.from(await h.data());
      h.dispose();
      return out;
    },
    dispose: () => at.dispose(),
  };
}
