import { conjugateGradient } from './conjugate-gradient.ts';
import { type HostBlas, hostBlas } from './host-blas.ts';
import { solvePositiveDefinite } from './solve-positive-definite.ts';

type Matrix = Float32Array | Float64Array;

/** Largest side solved directly (a Cholesky of m×m costs m³/3 flops: about a second in JS at 2048). */
const MAX_DIRECT = 2048;

export type RidgeMethod = 'auto' | 'primal' | 'dual' | 'cg';

/** XᵀX + λI (d×d, float64; the upper triangle is accumulated row by row, then mirrored). */
function primalGram(x: Matrix, n: number, d: number, lambda: number): Float64Array {
  const g = new Float64Array(d * d);
  const row = new Float64Array(d);
  for (let i = 0; i < n; i += 1) {
    for (let a = 0; a < d; a += 1) row[a] = x[i * d + a] as number;
    for (let a = 0; a < d; a += 1) {
      const xa = row[a] as number;
      if (xa === 0) continue;
      const base = a * d;
      for (let b = a; b < d; b += 1) g[base + b] = (g[base + b] as number) + xa * (row[b] as number);
    }
  }
  for (let a = 0; a < d; a += 1) {
    g[a * d + a] = (g[a * d + a] as number) + lambda;
    for (let b = a + 1; b < d; b += 1) g[b * d + a] = g[a * d + b] as number;
  }
  return g;
}

/** XXᵀ + λI (n×n, float64). */
function dualGram(x: Matrix, n: number, d: number, lambda: number): Float64Array {
  const g = new Float64Array(n * n);
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j <= i; j += 1) {
      let s = 0;
      for (let a = 0; a < d; a += 1) s += (x[i * d + a] as number) * (x[j * d + a] as number);
      g[i * n + j] = s;
      g[j * n + i] = s;
    }
    g[i * n + i] = (g[i * n + i] as number) + lambda;
  }
  return g;
}

/** Xᵀ·v (length d) for v of length n. */
function xtv(x: Matrix, n: number, d: number, v: ArrayLike<number>): Float64Array {
  const out = new Float64Array(d);
  for (let i = 0; i < n; i += 1) {
    const vi = v[i] as number;
    if (vi === 0) continue;
    for (let a = 0; a < d; a += 1) out[a] = (out[a] as number) + (x[i * d + a] as number) * vi;
  }
  return out;
}

/** X·w (length n). */
function xv(x: Matrix, n: number, d: number, w: Float64Array): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    let s = 0;
    for (let a = 0; a < d; a += 1) s += (x[i * d + a] as number) * (w[a] as number);
    out[i] = s;
  }
  return out;
}

export interface RidgeOptions {
  /** `false` keeps the Gram matrices, products and solves in JavaScript even where OpenBLAS is loaded. */
  hostBlas?: boolean;
}

/** The products of `ridge`, in JavaScript or on OpenBLAS (float64). */
interface RidgeOps {
  /** XᵀX + λI (d×d; the JS version fills both triangles, OpenBLAS's the lower one, the one the solve reads). */
  primalGram(lambda: number): Float64Array;
  /** XXᵀ + λI (n×n; same triangle convention). */
  dualGram(lambda: number): Float64Array;
  /** Xᵀ·v (length d). */
  xtv(v: ArrayLike<number>): Float64Array;
  /** X·w (length n). */
  xv(w: Float64Array): Float64Array;
}

function jsOps(x: Matrix, n: number, d: number): RidgeOps {
  return {
    primalGram: (lambda) => primalGram(x, n, d, lambda),
    dualGram: (lambda) => dualGram(x, n, d, lambda),
    xtv: (v) => xtv(x, n, d, v),
    xv: (w) => xv(x, n, d, w),
  };
}

function blasOps(blas: HostBlas, x: Matrix, n: number, d: number): RidgeOps {
  const x64 = x instanceof Float64Array ? x : Float64Array.from(x);
  const addDiagonal = (g: Float64Array, m: number, lambda: number) => {
    for (let i = 0; i < m; i += 1) g[i * m + i] = (g[i * m + i] as number) + lambda;
    return g;
  };
  return {
    primalGram: (lambda) => {
      const g = new Float64Array(d * d);
      blas.dsyrk(true, d, n, x64, g);
      return addDiagonal(g, d, lambda);
    },
    dualGram: (lambda) => {
      const g = new Float64Array(n * n);
      blas.dsyrk(false, n, d, x64, g);
      return addDiagonal(g, n, lambda);
    },
    xtv: (v) => {
      const out = new Float64Array(d);
      blas.dgemv(true, n, d, x64, v instanceof Float64Array ? v : Float64Array.from(v), out);
      return out;
    },
    xv: (w) => {
      const out = new Float64Array(n);
      blas.dgemv(false, n, d, x64, w, out);
      return out;
    },
  };
}

/**
 * Ridge regression without intercept: argmin_w ‖X·w − y‖² + λ‖w‖² for X n×d (row-major), in float64.
 * `auto` picks the smaller exact system, solved by Cholesky:
 * - `primal` (d ≤ n): (XᵀX + λI)·w = Xᵀy, cost n·d²/2 + d³/3;
 * - `dual` (n < d): w = Xᵀ·(XXᵀ + λI)⁻¹·y, cost n²·d/2 + n³/3 (the same w, exactly);
 * - `cg` (when the smaller side exceeds 2048): conjugate gradient on the primal normal equations
 *   with matvecs through X and Xᵀ (never forming a Gram matrix), relative residual 1e-10.
 * λ = 0 works only when the chosen Gram matrix is positive definite (else Cholesky throws).
 * Where OpenBLAS loads (`hostBlasStatus()`), the Gram matrices are `dsyrk`, the products `dgemv` and
 * the solves `dpotrf`/`dpotrs` (`solvePositiveDefinite`); `options.hostBlas: false` or
 * `REPRO_HOST_BLAS=0` keeps everything in JavaScript.
 */
export function ridge(
  x: Matrix,
  n: number,
  d: number,
  y: ArrayLike<number>,
  lambda: number,
  method: RidgeMethod = 'auto',
  options: RidgeOptions = {},
): Float64Array {
  if (x.length !== n * d || y.length !== n) throw new RangeError(`ridge: X must be ${n}×${d} and y of length ${n}`);
  if (!(lambda >= 0)) throw new RangeError(`ridge: lambda must be ≥ 0, got ${lambda}`);
  const chosen = method !== 'auto' ? method : Math.min(n, d) > MAX_DIRECT ? 'cg' : d <= n ? 'primal' : 'dual';
  const blas = options.hostBlas === false || n === 0 || d === 0 ? undefined : hostBlas();
  const ops = blas ? blasOps(blas, x, n, d) : jsOps(x, n, d);
  const solveOptions = { hostBlas: blas !== undefined };
  if (chosen === 'primal') return solvePositiveDefinite(ops.primalGram(lambda), d, ops.xtv(y), solveOptions);
  if (chosen === 'dual') return ops.xtv(solvePositiveDefinite(ops.dualGram(lambda), n, y, solveOptions));
  const apply = (w: Float64Array) => {
    const out = ops.xtv(ops.xv(w));
    for (let a = 0; a < d; a += 1) out[a] = (out[a] as number) + lambda * (w[a] as number);
    return out;
  };
  const result = conjugateGradient(apply, ops.xtv(y), { tol: 1e-10, maxIter: 10 * d });
  if (!result.converged)
    throw new Error(`ridge: conjugate gradient stopped at relative residual ${result.relativeResidual}`);
  return result.x;
}
