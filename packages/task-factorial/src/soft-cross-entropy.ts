import type { TF } from '@repro/tensor';
import type { Scalar, Tensor } from '@tensorflow/tfjs-core';

/** Mean over rows of −Σ_y p(y)·log softmax(logits)_y: cross-entropy against target distributions (one-hot or soft). */
export function softCrossEntropy(tf: TF, targets: Tensor, logits: Tensor): Scalar {
  return tf.neg(tf.mean(tf.sum(tf.mul(targets, tf.logSoftmax(logits)), -1))) as Scalar;
}
