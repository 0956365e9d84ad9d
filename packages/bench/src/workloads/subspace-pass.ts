import { sampleNormal, topEigenvectors } from '@repro/tensor';
import type { Workload } from '../workload.ts';

const params = { dim: 1024, k: 16, block: 32 };

/**
 * One pass of subspace iteration (`topEigenvectors` with `iters: 1`): orthonormalize a random block,
 * A·Q, the Rayleigh–Ritz projection QᵀAQ, its eigendecomposition and the Ritz vectors, in float64: all
 * JavaScript on side `js`; on side `js-blas` the block products are OpenBLAS dgemm calls.
 */
export const subspacePass: Workload = {
  name: 'subspace-pass',
  description: 'topEigenvectors(A[1024,1024] symmetric, k=16, block 32, iters: 1) in float64 (JS or host OpenBLAS)',
  engine: 'js',
  params,
  flops: 2 * params.dim * params.dim * params.block + 10 * params.dim * params.block * params.block,
  flopsNote: '2·n²·b (A·Q) + 10·n·b² (QᵀZ, two Ritz combinations, Gram–Schmidt twice)',
  setup(_tf, rng) {
    const { dim, k, block } = params;
    const g = sampleNormal(rng, dim * dim);
    const a = new Float64Array(dim * dim);
    for (let i = 0; i < dim; i += 1) {
      for (let j = 0; j < dim; j += 1) a[i * dim + j] = ((g[i * dim + j] as number) + (g[j * dim + i] as number)) / 2;
    }
    let sink = 0;
    return {
      run: async () => {
        const result = topEigenvectors(a, dim, k, { rng, iters: 1, oversample: block - k });
        sink += result.values[0] as number;
      },
      dispose: () => {
        if (Number.isNaN(sink)) throw new Error('subspace-pass produced NaN');
      },
    };
  },
};
