import type { TF } from '@repro/tensor';
import type { Scalar, Tensor } from '@tensorflow/tfjs-core';

/**
 * Mean over rows of −Σ_y p(y)·log softmax(logits)_y, like task-factorial's `softCrossEntropy`, with a
 * fused gradient: the forward pass computes log-sum-exp once, the backward pass is (softmax(z)·Σp − p)/B
 * from one Softmax kernel, instead of differentiating logSoftmax op by op (a second Exp, its
 * broadcasts and reductions). Targets get no gradient.
 */
export function softmaxCrossEntropy(tf: TF, targets: Tensor, logits: Tensor): Scalar {
  const rows = logits.shape[0] ?? 1;
  const loss = tf.customGrad((input, save) => {
    const z = input as Tensor;
    (save as (ts: Tensor[]) => void)([z]);
    const lse = tf.logSumExp(z, -1);
    const value = tf.div(tf.sum(tf.sub(tf.mul(lse, tf.sum(targets, -1)), tf.sum(tf.mul(targets, z), -1))), rows);
    return {
      value: value as Scalar,
      gradFunc: (dy: Tensor, saved: Tensor[]) => {
        const [zs] = saved as [Tensor];
        const mass = tf.sum(targets, -1, true);
        return tf.mul(tf.div(dy, rows), tf.sub(tf.mul(tf.softmax(zs), mass), targets));
      },
    };
  });
  return (loss as (z: Tensor) => Scalar)(logits);
}
