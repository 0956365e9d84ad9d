import type { Tensor, Tensor2D, Tensor3D } from '@tensorflow/tfjs-core';
import type { TF } from '../backend/backend.ts';

const SWAP_LAST = [0, 2, 1];

/**
 * Per-slice product a[p]·w[p] (+ b[p]) of a [P, B, K] and w [P, K, N] (b [P, N]) → [P, B, N], with a
 * custom gradient from explicit transposes and plain batched matMuls:
 * da = dy·wᵀ, dw = aᵀ·dy (per slice), db = Σ_B dy.
 */
export function batchedMatMul(tf: TF, a: Tensor, w: Tensor, b?: Tensor | null): Tensor3D {
  if (a.rank !== 3 || w.rank !== 3 || a.shape[0] !== w.shape[0] || a.shape[2] !== w.shape[1]) {
    throw new Error(`batchedMatMul: a is [${a.shape}] but w is [${w.shape}]`);
  }
  if (b && (b.rank !== 2 || b.shape[0] !== w.shape[0] || b.shape[1] !== w.shape[2])) {
    throw new Error(`batchedMatMul: b is [${b.shape}], expected [${w.shape[0]}, ${w.shape[2]}]`);
  }
  const grads = (dy: Tensor, [sa, sw]: Tensor[]) => [
    tf.matMul(dy as Tensor3D, tf.transpose(sw as Tensor3D, SWAP_LAST)),
    tf.matMul(tf.transpose(sa as Tensor3D, SWAP_LAST), dy as Tensor3D),
  ];
  if (!b) {
    const f = tf.customGrad((x, y, save) => {
      (save as (t: Tensor[]) => void)([x as Tensor, y as Tensor]);
      return { value: tf.matMul(x as Tensor3D, y as Tensor3D), gradFunc: grads };
    }) as (x: Tensor3D, y: Tensor3D) => Tensor3D;
    return f(a as Tensor3D, w as Tensor3D);
  }
  const f = tf.customGrad((x, y, bias, save) => {
    (save as (t: Tensor[]) => void)([x as Tensor, y as Tensor]);
    return {
      value: tf.add(tf.matMul(x as Tensor3D, y as Tensor3D), tf.expandDims(bias as Tensor2D, 1)),
      gradFunc: (dy: Tensor, saved: Tensor[]) => [...grads(dy, saved), tf.sum(dy, 1)],
    };
  }) as (x: Tensor3D, y: Tensor3D, bias: Tensor2D) => Tensor3D;
  return f(a as Tensor3D, w as Tensor3D, b as Tensor2D);
}
