import type { Tensor, Tensor2D } from '@tensorflow/tfjs-core';
import type { TF } from '../backend/backend.ts';

/**
 * Rows of table [V, D] picked by int32 indices ([B] or [B, T]) → [..., D], as one-hot × table
 * (no gather: the gather gradient needs UnsortedSegmentSum, which wasm lacks). The custom gradient
 * is d table = transpose(one-hot)·dy; the indices get none. Indices outside [0, V) give zero rows.
 * The one-hot is built as int32 and cast: wasm's OneHot kernel ignores `dtype: 'float32'` and writes
 * int32 bit patterns into a float32 tensor (1 reads as 1.4e-45), caught by the conformance suite.
 */
export function embedding(tf: TF, indices: Tensor, table: Tensor): Tensor {
  if (indices.dtype !== 'int32') throw new Error(`embedding: indices must be int32, got ${indices.dtype}`);
  if (table.rank !== 2) throw new Error(`embedding: table is [${table.shape}], expected [V, D]`);
  const [vocab, dim] = table.shape as [number, number];
  const lookup = tf.customGrad((t, save) => {
    const oneHot = tf.cast(tf.oneHot(tf.reshape(indices, [-1]), vocab), 'float32') as Tensor2D;
    (save as (t: Tensor[]) => void)([oneHot]);
    return {
      value: tf.matMul(oneHot, t as Tensor2D),
      gradFunc: (dy: Tensor, [saved]: Tensor[]) => [tf.matMul(tf.transpose(saved as Tensor2D), dy as Tensor2D)],
    };
  }) as (t: Tensor2D) => Tensor2D;
  return tf.reshape(lookup(table as Tensor2D), [...indices.shape, dim]);
}
