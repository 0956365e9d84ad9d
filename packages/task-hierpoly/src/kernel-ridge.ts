import { solvePositiveDefinite } from '@repro/tensor';
import { reluNtkKernel } from './relu-ntk-kernel.ts';

export interface KernelRidgeResult {
  /** Predictions on the test inputs at the chosen λ. */
  prediction: Float64Array;
  lambda: number;
  /** Validation MSE per λ of the grid, in grid order. */
  validation: number[];
}

/**
 * Kernel ridge regression with the ReLU NTK on n training points: (K + λ·(tr K/n)·I)·α = y, solved by Cholesky
 * in float64 for each λ of the grid; the λ with the smallest MSE on the validation points is used for the test
 * prediction. Cost n³/3 per λ, so callers cap n (the suite states its cap).
 */
export function kernelRidge(
  train: { x: ArrayLike<number>; y: ArrayLike<number>; n: number },
  validation: { x: ArrayLike<number>; y: ArrayLike<number>; n: number },
  test: { x: ArrayLike<number>; n: number },
  d: number,
  lambdas: readonly number[],
): KernelRidgeResult {
  const { n } = train;
  const k = reluNtkKernel(train.x, n, train.x, n, d);
  const kVal = reluNtkKernel(validation.x, validation.n, train.x, n, d);
  let trace = 0;
  for (let i = 0; i < n; i += 1) trace += k[i * n + i] as number;
  const apply = (kx: Float64Array, rows: number, alpha: Float64Array) =>
    Float64Array.from({ length: rows }, (_, i) => {
      let s = 0;
      for (let j = 0; j < n; j += 1) s += (kx[i * n + j] as number) * (alpha[j] as number);
      return s;
    });
  const scores: number[] = [];
  let best: { score: number; alpha: Float64Array; lambda: number } = {
    score: Number.POSITIVE_INFINITY,
    alpha: new Float64Array(n),
    lambda: lambdas[0] as number,
  };
  for (const lambda of lambdas) {
    const a = k.slice();
    for (let i = 0; i < n; i += 1) a[i * n + i] = (a[i * n + i] as number) + (lambda * trace) / n;
    const alpha = solvePositiveDefinite(a, n, train.y);
    const pred = apply(kVal, validation.n, alpha);
    let mse = 0;
    for (let i = 0; i < validation.n; i += 1) mse += ((pred[i] as number) - (validation.y[i] as number)) ** 2;
    mse /= validation.n;
    scores.push(mse);
    if (mse < best.score) best = { score: mse, alpha, lambda };
  }
  const kTest = reluNtkKernel(test.x, test.n, train.x, n, d);
  return { prediction: apply(kTest, test.n, best.alpha), lambda: best.lambda, validation: scores };
}
