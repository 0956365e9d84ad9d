import { conv1dPatches, sampleNormal, uniformInt } from '@repro/tensor';
import type { Tensor } from '@tensorflow/tfjs-core';
import type { Workload } from '../workload.ts';

const params = { batch: 256, length: 256, channels: 8, filter: 4, out: 64 };

/** Forward and backward of a non-overlapping conv1d as a matmul, on one-hot input (the hierarchy tasks' CNN layer). */
export const conv1dPatchesStep: Workload = {
  name: 'conv1d-patches',
  description: 'conv1dPatches(tf, oneHot x[256,256,8], w[32,64], b[64], 4) forward + backward',
  engine: 'tfjs',
  params,
  flops: 6 * params.batch * (params.length / params.filter) * params.filter * params.channels * params.out,
  flopsNote: '6·(B·L/F)·(F·C)·out',
  setup(tf, rng) {
    const { batch, length, channels, filter, out } = params;
    const hot = new Float32Array(batch * length * channels);
    for (let p = 0; p < batch * length; p += 1) hot[p * channels + uniformInt(rng, channels)] = 1;
    const x = tf.tensor3d(hot, [batch, length, channels]);
    const w = tf.tensor2d(sampleNormal(rng, filter * channels * out, 0, 0.2), [filter * channels, out]);
    const b = tf.tensor1d(sampleNormal(rng, out));
    const r = tf.tensor3d(sampleNormal(rng, batch * (length / filter) * out), [batch, length / filter, out]);
    const grads = tf.grads((wi: Tensor, bi: Tensor) => tf.sum(tf.mul(r, conv1dPatches(tf, x, wi, bi, filter))));
    return {
      run: async () => {
        const g = grads([w, b]);
        await Promise.all(g.map((t) => t.data()));
        tf.dispose(g);
      },
      dispose: () => tf.dispose([x, w, b, r]),
    };
  },
};
