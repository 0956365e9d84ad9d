import { embedding, sampleNormal, uniformInt } from '@repro/tensor';
import type { Tensor } from '@tensorflow/tfjs-core';
import type { Workload } from '../workload.ts';

const params = { batch: 1024, vocab: 1024, dim: 64 };

/**
 * Forward and backward of an embedding lookup. @repro/tensor's `embedding` is a one-hot matmul (wasm
 * has no UnsortedSegmentSum for the gather gradient), so its FLOPs are those of the two one-hot
 * products; a gather (torch's nn.Embedding) does almost none of them.
 */
export const embeddingStep: Workload = {
  name: 'embedding',
  description: 'embedding(tf, indices[1024], table[1024,64]) forward + backward (table gradient)',
  engine: 'tfjs',
  params,
  flops: 4 * params.batch * params.vocab * params.dim,
  flopsNote: '4·B·V·D (one-hot matmul forward and its transpose backward)',
  setup(tf, rng) {
    const { batch, vocab, dim } = params;
    const ids = tf.tensor1d(
      Int32Array.from({ length: batch }, () => uniformInt(rng, vocab)),
      'int32',
    );
    const table = tf.tensor2d(sampleNormal(rng, vocab * dim), [vocab, dim]);
    const r = tf.tensor2d(sampleNormal(rng, batch * dim), [batch, dim]);
    const grad = tf.grad((t: Tensor) => tf.sum(tf.mul(r, embedding(tf, ids, t))));
    return {
      run: async () => {
        const g = grad(table);
        await g.data();
        g.dispose();
      },
      dispose: () => tf.dispose([ids, table, r]),
    };
  },
};
