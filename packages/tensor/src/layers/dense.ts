import type { Tensor, Tensor1D, Tensor2D } from '@tensorflow/tfjs-core';
import type { TF } from '../backend/backend.ts';

/**
 * x·w (+ b) with a custom gradient built from explicit `tf.transpose` and plain `tf.matMul`:
 * dx = dy·transpose(w), dw = transpose(x)·dy, db = Σ_rows dy. tfjs's stock matMul gradient uses the
 * transposeA/transposeB kernels, about 20× slower than a plain matMul on wasm.
 * x is [B, in] or [..., in] (leading axes are flattened for the product), w is [in, out], b is [out];
 * the result is [..., out].
 */
export function dense(tf: TF, x: Tensor, w: Tensor, b?: Tensor | null): Tensor {
  if (w.rank !== 2 || x.rank < 2 || x.shape[x.rank - 1] !== w.shape[0]) {
    throw new Error(`dense: x is [${x.shape}] but w is [${w.shape}]`);
  }
  const [inDim, outDim] = w.shape as [number, number];
  if (b && (b.rank !== 1 || b.shape[0] !== outDim)) throw new Error(`dense: b is [${b.shape}], expected [${outDim}]`);
  const x2 = (x.rank === 2 ? x : tf.reshape(x, [-1, inDim])) as Tensor2D;
  const y2 = b ? denseWithBias(tf)(x2, w as Tensor2D, b as Tensor1D) : denseNoBias(tf)(x2, w as Tensor2D);
  return x.rank === 2 ? y2 : tf.reshape(y2, [...x.shape.slice(0, -1), outDim]);
}

function denseNoBias(tf: TF) {
  return tf.customGrad((x, w, save) => {
    const [xs, ws] = [x as Tensor2D, w as Tensor2D];
    (save as (t: Tensor[]) => void)([xs, ws]);
    return {
      value: tf.matMul(xs, ws),
      gradFunc: (dy: Tensor, [sx, sw]: Tensor[]) => [
        tf.matMul(dy as Tensor2D, tf.transpose(sw as Tensor2D)),
        tf.matMul(tf.transpose(sx as Tensor2D), dy as Tensor2D),
      ],
    };
  }) as (x: Tensor2D, w: Tensor2D) => Tensor2D;
}

function denseWithBias(tf: TF) {
  return tf.customGrad((x, w, b, save) => {
    const [xs, ws, bs] = [x as Tensor2D, w as Tensor2D, b as Tensor1D];
    (save as (t: Tensor[]) => void)([xs, ws]);
    return {
      value: tf.add(tf.matMul(xs, ws), bs),
      gradFunc: (dy: Tensor, [sx, sw]: Tensor[]) => [
        tf.matMul(dy as Tensor2D, tf.transpose(sw as Tensor2D)),
        tf.matMul(tf.transpose(sx as Tensor2D), dy as Tensor2D),
        tf.sum(dy, 0),
      ],
    };
  }) as (x: Tensor2D, w: Tensor2D, b: Tensor1D) => Tensor2D;
}
