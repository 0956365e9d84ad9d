import type { TF } from '@repro/tensor';
import type { Tensor2D } from '@tensorflow/tfjs-core';
import { accumulate, type ChunkFeed, chunkFeed, columnMatrix } from './chunk-feed.ts';
import { quadraticFormOperator } from './quadratic-form-operator.ts';
import { arraySource, type TrainingSource } from './training-source.ts';

export interface SpectralOperator {
  /** C applied to each vector of a block (unit-free coefficient vectors in the normalized Hermite basis). */
  apply(q: readonly Float64Array[]): Promise<Float64Array[]>;
  dispose(): void;
}

/**
 * The layer-1 operator C[Q] = (1/2n)·Σ_μ y_μ(⟨X̃_μ, Q⟩X̃_μ − 2Q), X̃ = xxᵀ − I, in the normalized Hermite basis z
 * (flat(X̃) = √2·z, ⟨X̃, Q⟩ = √2·z·q): C[q] = (1/n)·Σ_μ y_μ(z_μ·q)z_μ − ȳ·q. Applied matrix-free as Zᵀ(y ⊙ Z·Q)
 * with backend matMuls over the source's row chunks (8192 samples; a kept source stays uploaded, otherwise each
 * chunk is regenerated on every application); the chunk sums are accumulated in Float64 on the host.
 */
export function spectralOperator(tf: TF, source: TrainingSource): SpectralOperator;
export function spectralOperator(tf: TF, z: Float32Array, y: Float64Array, dim: number): SpectralOperator;
export function spectralOperator(
  tf: TF,
  data: TrainingSource | Float32Array,
  y?: Float64Array,
  dim?: number,
): SpectralOperator {
  const source = data instanceof Float32Array ? arraySource(data, y as Float64Array, dim as number) : data;
  const feed = chunkFeed(tf, source);
  return { apply: operatorOnFeed(tf, feed, source), dispose: () => feed.dispose() };
}

export function operatorOnFeed(tf: TF, feed: ChunkFeed, source: TrainingSource) {
  const { n, dim, y } = source;
  let ySum = 0;
  for (let i = 0; i < n; i += 1) ySum += y[i] as number;
  const yMean = ySum / n;
  return async (q: readonly Float64Array[]): Promise<Float64Array[]> => {
    const acc = feed.inputs === null ? await featureProducts(tf, feed, q, dim) : await inputProducts(tf, feed, q);
    return q.map((v, c) =>
      Float64Array.from({ length: dim }, (_, i) => (acc[c * dim + i] as number) / n - yMean * (v[i] as number)),
    );
  };
}

/** Σ over chunks of Zᵀ(y ⊙ Z·Q) (k × dim, Float64) from the features on the backend. */
async function featureProducts(tf: TF, feed: ChunkFeed, q: readonly Float64Array[], dim: number) {
  const k = q.length;
  const qt = tf.tensor2d(columnMatrix(q, dim), [dim, k]);
  const acc = new Float64Array(k * dim);
  try {
    await feed.each(async (c) => {
      const chunk = feed.tensors(c);
      const part = tf.tidy(() => {
        const t = tf.mul(tf.matMul(chunk.z, qt), chunk.y) as Tensor2D;
        // An explicit transpose, then a plain matMul: the transposed-operand matMul is ~20× slower on wasm.
        return tf.matMul(tf.transpose(t) as Tensor2D, chunk.z) as Tensor2D;
      });
      accumulate(acc, await part.data());
      part.dispose();
    });
  } finally {
    qt.dispose();
  }
  return acc;
}

/** The same sum from the inputs x on the backend (`quadraticFormOperator`). */
async function inputProducts(tf: TF, feed: ChunkFeed, q: readonly Float64Array[]) {
  const forms = quadraticFormOperator(tf, q, feed.inputs as number);
  const acc = new Float64Array(q.length * (q[0] as Float64Array).length);
  try {
    await feed.each(async (c) => {
      const chunk = feed.tensors(c);
      accumulate(acc, await forms.apply(chunk.z, chunk.y));
    });
  } finally {
    forms.dispose();
  }
  return acc;
}
