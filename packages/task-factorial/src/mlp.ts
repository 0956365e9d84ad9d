import { dense, embedding, type Rng, sampleNormal, sampleUniform, type TF } from '@repro/tensor';
import type { Tensor, Tensor2D, Variable } from '@tensorflow/tfjs-core';
import type { MlpShape } from './flops-per-token.ts';

export interface MlpConfig extends MlpShape {
  /** Input vocabulary N. */
  inputs: number;
  /** A fixed [N, d] embedding table (row-major); frozen (not trained) when given, else learned N(0,1). */
  frozenEmbedding?: Float32Array;
}

export interface Mlp {
  /** The trained variables (the embedding only when it is not frozen). */
  trainable: Variable[];
  /** Logits [B, M] for int32 token ids [B]. */
  logits(x: Tensor): Tensor2D;
  dispose(): void;
}

/** h / √(mean(h²) + 1e-6) over the last axis, with no gain. */
function rmsNorm(tf: TF, h: Tensor): Tensor {
  return tf.mul(h, tf.rsqrt(tf.add(tf.mean(tf.square(h), -1, true), 1e-6)));
}

/**
 * pal's "MLP mimicking a Transformer without attention" (models/mlp.py): embedding (one-hot matmul),
 * `layers` residual blocks h ← h + W2(silu(W1·RMS(h)) ⊙ W3·RMS(h)), logits = W_out·RMS(h); no biases,
 * RMSNorm without gain. Init as PyTorch: embedding N(0,1), linear U(±1/√fan_in). Weights are stored
 * [in, out] so `dense` applies them without transposes.
 */
export function createMlp(tf: TF, config: MlpConfig, rng: Rng): Mlp {
  const { inputs, dim, hidden, layers, outputs } = config;
  const linear = (fanIn: number, fanOut: number) => {
    const bound = 1 / Math.sqrt(fanIn);
    const init = sampleUniform(rng, fanIn * fanOut, -bound, bound);
    return tf.tidy(() => tf.variable(tf.tensor2d(init, [fanIn, fanOut])));
  };
  const table = config.frozenEmbedding ?? sampleNormal(rng, inputs * dim);
  const embed = tf.tidy(() => tf.variable(tf.tensor2d(table, [inputs, dim]), !config.frozenEmbedding));
  const blocks = Array.from({ length: layers }, () => ({
    w1: linear(dim, hidden),
    w3: linear(dim, hidden),
    w2: linear(hidden, dim),
  }));
  const out = linear(dim, outputs);
  const trainable = [...(config.frozenEmbedding ? [] : [embed]), ...blocks.flatMap((b) => [b.w1, b.w3, b.w2]), out];
  return {
    trainable,
    logits(x) {
      let h = embedding(tf, x, embed);
      for (const { w1, w2, w3 } of blocks) {
        const n = rmsNorm(tf, h);
        const a = dense(tf, n, w1);
        const gated = tf.mul(tf.mul(a, tf.sigmoid(a)), dense(tf, n, w3));
        h = tf.add(h, dense(tf, gated, w2));
      }
      return dense(tf, rmsNorm(tf, h), out) as Tensor2D;
    },
    dispose() {
      tf.dispose([embed, ...blocks.flatMap((b) => [b.w1, b.w2, b.w3]), out]);
    },
  };
}
