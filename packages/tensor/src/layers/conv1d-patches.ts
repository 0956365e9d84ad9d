import type { Tensor, Tensor2D, Tensor3D } from '@tensorflow/tfjs-core';
import type { TF } from '../backend/backend.ts';
import { dense } from './dense.ts';

/**
 * A non-overlapping 1-D convolution (stride = filter size F, no padding) as a matmul: x [B, L, C] is
 * reshaped to patches [B·L/F, F·C] (row-major, so a patch is F consecutive positions, channels
 * fastest) and multiplied by w [F·C, out] with `dense` (fast custom gradient). Result [B, L/F, out].
 * Equivalent to `tf.conv1d(x, reshape(w, [F, C, out]), F, 'valid')`, without Conv2DBackpropFilter
 * (missing on wasm).
 */
export function conv1dPatches(tf: TF, x: Tensor, w: Tensor, b: Tensor | null | undefined, filter: number): Tensor3D {
  if (x.rank !== 3 || w.rank !== 2) {
    throw new Error(`conv1dPatches: x is [${x.shape}] (want [B, L, C]), w is [${w.shape}] (want [F·C, out])`);
  }
  const [batch, length, channels] = x.shape as [number, number, number];
  if (!Number.isInteger(filter) || filter < 1 || length % filter !== 0) {
    throw new Error(`conv1dPatches: length ${length} is not a multiple of filter ${filter}`);
  }
  if (w.shape[0] !== filter * channels)
    throw new Error(`conv1dPatches: w is [${w.shape}], expected [${filter * channels}, out]`);
  const positions = length / filter;
  const patches = tf.reshape(x, [batch * positions, filter * channels]) as Tensor2D;
  const y = dense(tf, patches, w, b);
  return tf.reshape(y, [batch, positions, w.shape[1] as number]);
}
