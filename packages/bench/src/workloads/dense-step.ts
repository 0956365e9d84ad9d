import { dense, sampleNormal, type TF } from '@repro/tensor';
import type { Tensor } from '@tensorflow/tfjs-core';
import type { Workload } from '../workload.ts';

const params = { batch: 1024, in: 256, out: 256 };

/**
 * Forward and backward of x[B,in]·w[in,out] + b: the gradients of Σ r ⊙ y with respect to x, w and b,
 * all read back. `layer` is the project's `dense` (custom gradient) or the stock tfjs ops.
 */
function denseStep(
  name: string,
  description: string,
  layer: (tf: TF, x: Tensor, w: Tensor, b: Tensor) => Tensor,
): Workload {
  return {
    name,
    description,
    engine: 'tfjs',
    params,
    flops: 6 * params.batch * params.in * params.out,
    flopsNote: '6·B·in·out (forward 2·B·in·out, backward twice that)',
    setup(tf, rng) {
      const x = tf.tensor2d(sampleNormal(rng, params.batch * params.in), [params.batch, params.in]);
      const w = tf.tensor2d(sampleNormal(rng, params.in * params.out, 0, 0.06), [params.in, params.out]);
      const b = tf.tensor1d(sampleNormal(rng, params.out));
      const r = tf.tensor2d(sampleNormal(rng, params.batch * params.out), [params.batch, params.out]);
      const grads = tf.grads((xi: Tensor, wi: Tensor, bi: Tensor) => tf.sum(tf.mul(r, layer(tf, xi, wi, bi))));
      return {
        run: async () => {
          const g = grads([x, w, b]);
          await Promise.all(g.map((t) => t.data()));
          tf.dispose(g);
        },
        dispose: () => tf.dispose([x, w, b, r]),
      };
    },
  };
}

/** `dense` from @repro/tensor: custom gradient with explicit transposes and plain matMuls. */
export const denseCustom = denseStep(
  'dense',
  'dense(tf, x[1024,256], w[256,256], b) forward + backward (custom gradient)',
  (tf, x, w, b) => dense(tf, x, w, b),
);

/** The same layer with tfjs's stock gradient (transposed-matMul kernels). */
export const denseStock = denseStep(
  'dense-stock',
  'tf.add(tf.matMul(x[1024,256], w[256,256]), b) forward + backward (stock tfjs gradient)',
  (tf, x, w, b) => tf.add(tf.matMul(x, w), b),
);
