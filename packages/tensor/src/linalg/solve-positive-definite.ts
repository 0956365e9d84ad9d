import { cholesky } from './cholesky.ts';
import { choleskySolve } from './cholesky-solve.ts';
import { hostBlas } from './host-blas.ts';

export interface SolvePositiveDefiniteOptions {
  /** Columns of the right-hand side B (default 1): b is row-major [n, nrhs], and so is the result. */
  nrhs?: number;
  /** `false` keeps this call on the JavaScript Cholesky even where OpenBLAS is loaded (default: use it when available). */
  hostBlas?: boolean;
}

/**
 * Solves A·X = B for a symmetric positive-definite A (row-major n×n; only its lower triangle is read)
 * in float64: LAPACK `dpotrf` + `dpotrs` on OpenBLAS when it loads (`hostBlasStatus()`), else the
 * JavaScript `cholesky` + `choleskySolve`. A is not modified. Throws "cholesky: matrix is not
 * positive definite …" on both paths when a pivot is not positive.
 */
export function solvePositiveDefinite(
  a: ArrayLike<number>,
  n: number,
  b: ArrayLike<number>,
  options: SolvePositiveDefiniteOptions = {},
): Float64Array {
  const nrhs = options.nrhs ?? 1;
  if (!Number.isInteger(nrhs) || nrhs < 1) throw new RangeError(`solvePositiveDefinite: nrhs must be ≥ 1, got ${nrhs}`);
  if (a.length !== n * n || b.length !== n * nrhs)
    throw new RangeError(`solvePositiveDefinite: A must be ${n}×${n} and B ${n}×${nrhs}`);
  if (n === 0) return new Float64Array(0);
  const blas = options.hostBlas === false ? undefined : hostBlas();
  if (!blas) {
    const l = cholesky(a, n);
    if (nrhs === 1) return choleskySolve(l, n, b);
    const x = new Float64Array(n * nrhs);
    const column = new Float64Array(n);
    for (let c = 0; c < nrhs; c += 1) {
      for (let i = 0; i < n; i += 1) column[i] = b[i * nrhs + c] as number;
      const solved = choleskySolve(l, n, column);
      for (let i = 0; i < n; i += 1) x[i * nrhs + c] = solved[i] as number;
    }
    return x;
  }
  const factor = Float64Array.from(a);
  const info = blas.dpotrf(n, factor);
  if (info < 0) throw new Error(`solvePositiveDefinite: dpotrf rejected argument ${-info}`);
  if (info > 0)
    throw new Error(`cholesky: matrix is not positive definite (leading minor of order ${info}, LAPACK dpotrf)`);
  for (let i = 0; i < n; i += 1) {
    // dpotrf reports a non-positive pivot through info; a NaN one can pass it and is caught here.
    const pivot = factor[i * n + i] as number;
    if (!(pivot > 0))
      throw new Error(`cholesky: matrix is not positive definite (pivot ${i} = ${pivot}, LAPACK dpotrf)`);
  }
  // B row-major [n, nrhs] is column-major [nrhs, n]: transpose into LAPACK's column-major [n, nrhs].
  const x = new Float64Array(n * nrhs);
  if (nrhs === 1) x.set(b as ArrayLike<number>);
  else for (let i = 0; i < n; i += 1) for (let c = 0; c < nrhs; c += 1) x[c * n + i] = b[i * nrhs + c] as number;
  const solved = blas.dpotrs(n, nrhs, factor, x);
  if (solved !== 0) throw new Error(`solvePositiveDefinite: dpotrs returned info ${solved}`);
  if (nrhs === 1) return x;
  const out = new Float64Array(n * nrhs);
  for (let i = 0; i < n; i += 1) for (let c = 0; c < nrhs; c += 1) out[i * nrhs + c] = x[c * n + i] as number;
  return out;
}
