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
  /**
   * The logits of a fixed list of inputs, for training on the same rows every step: equal to
   * `logits(tf.tensor1d(rows))`, with the embedding step done once where that is exact (a frozen table's rows
   * copied once; the learned table itself when `rows` is 0, 1, …, N − 1, as a one-hot product by the identity
   * would give it, with the same gradient). Dispose the result's tensors with its `dispose`.
   */
  fixedRows(rows: Int32Array): FixedRows;
  /**
   * `logits(tf.tensor1d(ids))` for ids known on the host, with the same values and gradient: the rows are
   * gathered (a one-hot product picks the same rows) and the embedding gradient is the host-built transposed
   * one-hot times dy (no one-hot product in the forward pass, no transpose kernel in the backward pass).
   */
  logitsOf(ids: Int32Array): Tensor2D;
  dispose(): void;
}

export interface FixedRows {
  /** Logits [rows, M]. */
  logits(): Tensor2D;
  dispose(): void;
}

/**
 * Rows `ids` of `table` [V, D], with the gradient transpose(one-hot(ids))·dy. On the backends whose tensors live
 * in host memory the rows are copied on the host (tfjs-backend-wasm's Gather kernel took a fifth of a
 * single-pass step); on wasm the gradient is also summed on the host, row by row in batch order in float32,
 * which is how wasm's matMul sums the one-hot product (bit-identical, tested), without its [V, B] operand.
 * Elsewhere: tf.gather, and the product with the transposed one-hot built on the host.
 */
function gatherRows(tf: TF, ids: Int32Array, table: Tensor, vocab: number): Tensor {
  const backend = tf.getBackend();
  const lookup = tf.customGrad((t) => {
    const rows = t as Tensor;
    const dim = rows.shape[1] as number;
    let value: Tensor;
    if (backend === 'wasm' || backend === 'cpu') {
      const source = rows.dataSync() as Float32Array;
      const picked = new Float32Array(ids.length * dim);
      ids.forEach((x, b) => {
        picked.set(source.subarray(x * dim, (x + 1) * dim), b * dim);
      });
      value = tf.tensor2d(picked, [ids.length, dim]);
    } else {
      value = tf.tidy(() => tf.gather(rows, tf.tensor1d(ids, 'int32')));
    }
    return {
      value,
      gradFunc: (dy: Tensor) => {
        if (backend === 'wasm') {
          const d = dy.dataSync() as Float32Array;
          const sum = new Float32Array(vocab * dim);
          ids.forEach((x, b) => {
            for (let j = 0; j < dim; j += 1)
              sum[x * dim + j] = (sum[x * dim + j] as number) + (d[b * dim + j] as number);
          });
          return tf.tensor2d(sum, [vocab, dim]);
        }
        const transposed = new Float32Array(vocab * ids.length);
        ids.forEach((x, b) => {
          transposed[x * ids.length + b] = 1;
        });
        return tf.matMul(tf.tensor2d(transposed, [vocab, ids.length]), dy as Tensor2D);
      },
    };
  }) as (t: Tensor) => Tensor;
  return lookup(table);
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
  const head = (embedded: Tensor): Tensor2D => {
    let h = embedded;
    for (const { w1, w2, w3 } of blocks) {
      const n = rmsNorm(tf, h);
      const a = dense(tf, n, w1);
      const gated = tf.mul(tf.mul(a, tf.sigmoid(a)), dense(tf, n, w3));
      h = tf.add(h, dense(tf, gated, w2));
    }
    return dense(tf, rmsNorm(tf, h), out) as Tensor2D;
  };
  return {
    trainable,
    logits: (x) => head(embedding(tf, x, embed)),
    logitsOf: (ids) => head(gatherRows(tf, ids, embed, inputs)),
    fixedRows(rows) {
      if (config.frozenEmbedding) {
        const frozen = config.frozenEmbedding;
        const picked = new Float32Array(rows.length * dim);
        rows.forEach((x, r) => {
          picked.set(frozen.subarray(x * dim, (x + 1) * dim), r * dim);
        });
        const input = tf.tensor2d(picked, [rows.length, dim]);
        return { logits: () => head(input), dispose: () => input.dispose() };
      }
      if (rows.length === inputs && rows.every((x, r) => x === r)) {
        return { logits: () => head(embed), dispose: () => {} };
      }
      const xt = tf.tensor1d(rows, 'int32');
      return { logits: () => head(embedding(tf, xt, embed)), dispose: () => xt.dispose() };
    },
    dispose() {
      tf.dispose([embed, ...blocks.flatMap((b) => [b.w1, b.w2, b.w3]), out]);
    },
  };
}
