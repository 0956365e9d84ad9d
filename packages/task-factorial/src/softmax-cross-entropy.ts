import type { TF } from '@repro/tensor';
import type { Scalar, Tensor } from '@tensorflow/tfjs-core';

/**
 * The value of `softCrossEntropy`, mean over rows of −Σ_y p(y)·log softmax(z)_y = (Σ_y p(y))·lse(z) − Σ_y p(y)·z_y,
 * with a fused gradient (softmax(z)·Σ_y p(y) − p)/B instead of differentiating logSoftmax op by op.
 * One Softmax kernel serves both passes: lse(z) = max(z) − log(max softmax(z)) (the largest probability is
 * 1/Σ exp(z − max(z)) ≥ 1/M, so its log never underflows), which avoids a separate Exp over [B, M] (slow on
 * wasm, where Softmax is vectorized). `mass` is Σ_y p(y) per row, [B, 1]: pass it when the targets are fixed
 * across steps (it is summed from `targets` otherwise). Targets get no gradient.
 */
export function softmaxCrossEntropy(tf: TF, targets: Tensor, logits: Tensor, mass?: Tensor): Scalar {
  return fusedCrossEntropy(tf, targets, logits, mass, true);
}

/**
 * The training steps' objective: a scalar with exactly the gradient of `softmaxCrossEntropy` (the same kernels,
 * so the same bits) and the value NaN. A step never reads its loss (𝓛 is measured apart, by `evaluateKl`), and
 * the value's two Max reductions, Log and products over [B, M] took about a fifth of a small full-batch step
 * on wasm (N = 256, M = 512: 0.6 of 2.6 ms). NaN, not a number that looks like a loss, if anyone reads it.
 */
export function crossEntropyStep(tf: TF, targets: Tensor, logits: Tensor, mass?: Tensor): Scalar {
  return fusedCrossEntropy(tf, targets, logits, mass, false);
}

function fusedCrossEntropy(tf: TF, targets: Tensor, logits: Tensor, mass: Tensor | undefined, withValue: boolean) {
  const rows = logits.shape[0] ?? 1;
  const loss = tf.customGrad((input, save) => {
    const z = input as Tensor;
    const probs = tf.softmax(z);
    // Tensors made here and used by the backward pass must be saved (the engine frees the others); a given
    // `mass` outlives the step and is captured as it is (saved tensors are disposed after the gradient).
    const rowMass = mass ?? tf.sum(targets, -1, true);
    (save as (ts: Tensor[]) => void)(mass ? [probs] : [probs, rowMass]);
    const value = withValue
      ? tf.div(
          tf.sub(
            tf.sum(tf.mul(tf.sub(tf.max(z, -1, true), tf.log(tf.max(probs, -1, true))), rowMass)),
            tf.sum(tf.mul(targets, z)),
          ),
          rows,
        )
      : tf.scalar(Number.NaN);
    return {
      value: value as Scalar,
      gradFunc: (dy: Tensor, saved: Tensor[]) => {
        const [p, savedMass] = saved as [Tensor, Tensor | undefined];
        return tf.mul(tf.sub(tf.mul(p, mass ?? (savedMass as Tensor)), targets), tf.div(dy, rows));
      },
    };
  });
  return (loss as (z: Tensor) => Scalar)(logits);
}
