import { sampleNormal } from '@repro/tensor';
import type { Workload } from '../workload.ts';

const params = { m: 512, k: 512, n: 512 };

/** a[m,k]·b[k,n] with tfjs's plain matMul. */
export const matMul: Workload = {
  name: 'matmul',
  description: 'tf.matMul(a[512,512], b[512,512])',
  engine: 'tfjs',
  params,
  flops: 2 * params.m * params.k * params.n,
  flopsNote: '2·m·k·n',
  setup(tf, rng) {
    const a = tf.tensor2d(sampleNormal(rng, params.m * params.k), [params.m, params.k]);
    const b = tf.tensor2d(sampleNormal(rng, params.k * params.n), [params.k, params.n]);
    return {
      run: async () => {
        const y = tf.matMul(a, b);
        await y.data();
        y.dispose();
      },
      dispose: () => tf.dispose([a, b]),
    };
  },
};

/** a[m,k]·b[n,k]ᵀ with the transposeB flag: the kernel tfjs's stock matMul gradient uses. */
export const matMulTransposed: Workload = {
  name: 'matmul-tb',
  description: 'tf.matMul(a[512,512], b[512,512], false, true) (b transposed)',
  engine: 'tfjs',
  params,
  flops: 2 * params.m * params.k * params.n,
  flopsNote: '2·m·k·n',
  setup(tf, rng) {
    const a = tf.tensor2d(sampleNormal(rng, params.m * params.k), [params.m, params.k]);
    const b = tf.tensor2d(sampleNormal(rng, params.n * params.k), [params.n, params.k]);
    return {
      run: async () => {
        const y = tf.matMul(a, b, false, true);
        await y.data();
        y.dispose();
      },
      dispose: () => tf.dispose([a, b]),
    };
  },
};
