import type { Tensor, Tensor3D } from '@tensorflow/tfjs-core';
import type { TF } from '../backend/backend.ts';
import { batchedMatMul } from './batched-mat-mul.ts';

/**
 * A locally connected 1-D layer (a non-overlapping convolution with unshared weights): x [B, L, C]
 * is cut into P = L/F patches of F·C values, patch p is multiplied by its own w[p] ([F·C, out]) and
 * gets its own b[p] ([out]). Computed as a batched matmul over positions: reshape to [B, P, F·C],
 * transpose to [P, B, F·C], `batchedMatMul` (fast custom gradient), transpose back. Result [B, P, out].
 */
export function locallyConnected1d(
  tf: TF,
  x: Tensor,
  w: Tensor,
  b: Tensor | null | undefined,
  filter: number,
): Tensor3D {
  if (x.rank !== 3 || w.rank !== 3) {
    throw new Error(`locallyConnected1d: x is [${x.shape}] (want [B, L, C]), w is [${w.shape}] (want [P, F·C, out])`);
  }
  const [batch, length, channels] = x.shape as [number, number, number];
  if (!Number.isInteger(filter) || filter < 1 || length % filter !== 0) {
    throw new Error(`locallyConnected1d: length ${length} is not a multiple of filter ${filter}`);
  }
  const positions = length / filter;
  if (w.shape[0] !== positions || w.shape[1] !== filter * channels) {
    throw new Error(`locallyConnected1d: w is [${w.shape}], expected [${positions}, ${filter * channels}, out]`);
  }
  const patches = tf.transpose(tf.reshape(x, [batch, positions, filter * channels]), [1, 0, 2]) as Tensor3D;
  return tf.transpose(batchedMatMul(tf, patches, w, b), [1, 0, 2]);
}
