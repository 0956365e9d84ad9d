import { ridge, sampleNormal } from '@repro/tensor';
import type { Workload } from '../workload.ts';

const params = { n: 2048, d: 256 };
const LAMBDA = 1e-2;

/**
 * One ridge solve by `ridge` (primal: XᵀX + λI by Cholesky), float64: JavaScript on side `js`, OpenBLAS
 * (dsyrk, dgemv, dpotrf/dpotrs) on side `js-blas`.
 */
export const ridgeSolve: Workload = {
  name: 'ridge',
  description: 'ridge(X[2048,256], y, λ=0.01) primal Cholesky, float64 (JS or host OpenBLAS)',
  engine: 'js',
  params,
  flops: params.n * params.d * params.d + params.d ** 3 / 3 + 2 * params.d * params.d + 2 * params.n * params.d,
  flopsNote: 'n·d² (Gram, symmetric half) + d³/3 (Cholesky) + 2·d² (solves) + 2·n·d (Xᵀy)',
  setup(_tf, rng) {
    const { n, d } = params;
    const x = Float64Array.from(sampleNormal(rng, n * d));
    const y = Float64Array.from(sampleNormal(rng, n));
    let sink = 0;
    return {
      run: async () => {
        sink += ridge(x, n, d, y, LAMBDA, 'primal')[0] as number;
      },
      dispose: () => {
        if (Number.isNaN(sink)) throw new Error('ridge produced NaN');
      },
    };
  },
};
