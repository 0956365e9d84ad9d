import { ridge, solvePositiveDefinite } from '@repro/tensor';

/** Log grid of `count` ridge values from 10^lo to 10^hi. */
export function logGrid(lo: number, hi: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => 10 ** (lo + ((hi - lo) * i) / Math.max(1, count - 1)));
}

export interface RidgeCvFit {
  weights: Float64Array;
  bias: number;
  lambda: number;
  /** Mean held-out squared error per grid value. */
  cvError: number[];
}

/** Ridge with intercept (centred features and labels), penalty λ·‖w‖², solved directly (used by tests). */
export function ridgeIntercept(x: Float64Array, n: number, d: number, y: ArrayLike<number>, lambda: number) {
  const mx = new Float64Array(d);
  let my = 0;
  for (let r = 0; r < n; r += 1) {
    my += (y[r] as number) / n;
    for (let k = 0; k < d; k += 1) mx[k] = (mx[k] as number) + (x[r * d + k] as number) / n;
  }
  const xc = new Float64Array(n * d);
  const yc = new Float64Array(n);
  for (let r = 0; r < n; r += 1) {
    yc[r] = (y[r] as number) - my;
    for (let k = 0; k < d; k += 1) xc[r * d + k] = (x[r * d + k] as number) - (mx[k] as number);
  }
  const weights = ridge(xc, n, d, yc, lambda);
  let bias = my;
  for (let k = 0; k < d; k += 1) bias -= (mx[k] as number) * (weights[k] as number);
  return { weights, bias };
}

export function predictLinear(x: Float64Array, n: number, d: number, weights: ArrayLike<number>, bias: number) {
  const out = new Float64Array(n);
  for (let r = 0; r < n; r += 1) {
    let s = bias;
    for (let k = 0; k < d; k += 1) s += (x[r * d + k] as number) * (weights[k] as number);
    out[r] = s;
  }
  return out;
}

/**
 * Sufficient statistics of rows lo…hi−1 for ridge with intercept on the augmented features [x, 1]:
 * G = Σ aaᵀ ((d+1)², lower triangle filled), b = Σ a·y, and Σ y².
 */
function gramBlock(x: Float64Array, d: number, y: ArrayLike<number>, lo: number, hi: number) {
  const e = d + 1;
  const g = new Float64Array(e * e);
  const b = new Float64Array(e);
  let yy = 0;
  const a = new Float64Array(e);
  a[d] = 1;
  for (let r = lo; r < hi; r += 1) {
    for (let k = 0; k < d; k += 1) a[k] = x[r * d + k] as number;
    const yr = y[r] as number;
    yy += yr * yr;
    for (let i = 0; i < e; i += 1) {
      const ai = a[i] as number;
      b[i] = (b[i] as number) + ai * yr;
      const row = i * e;
      for (let j = 0; j <= i; j += 1) g[row + j] = (g[row + j] as number) + ai * (a[j] as number);
    }
  }
  return { g, b, yy };
}

/** Solve (G + λ·diag(1,…,1,0))·w = b on the augmented system (the intercept is not penalized). */
function solveAugmented(g: Float64Array, b: Float64Array, e: number, lambda: number): Float64Array {
  const a = Float64Array.from(g);
  // A tiny relative jitter keeps the factorization positive definite when λ is far below the Gram scale.
  let trace = 0;
  for (let i = 0; i < e; i += 1) trace += g[i * e + i] as number;
  const jitter = 1e-12 * (trace / e);
  for (let i = 0; i < e - 1; i += 1) a[i * e + i] = (a[i * e + i] as number) + lambda + jitter;
  a[(e - 1) * e + e - 1] = (a[(e - 1) * e + e - 1] as number) + jitter;
  return solvePositiveDefinite(a, e, b);
}

/** wᵀGw − 2wᵀb + Σy²: the squared error of w on the rows summarized by (G, b, Σy²). */
function quadraticError(g: Float64Array, b: Float64Array, yy: number, w: Float64Array, e: number): number {
  let s = yy;
  for (let i = 0; i < e; i += 1) {
    const wi = w[i] as number;
    s -= 2 * wi * (b[i] as number);
    s += wi * wi * (g[i * e + i] as number);
    for (let j = 0; j < i; j += 1) s += 2 * wi * (w[j] as number) * (g[i * e + j] as number);
  }
  return s;
}

/**
 * RidgeCV-like readout: `folds`-fold cross-validation (contiguous folds) of ridge with an unpenalized intercept
 * over the grid (default 25 values log-spaced in 10⁻⁶…10⁶), refit on all rows with the λ of least held-out
 * squared error. Works on per-fold Gram matrices (one pass over the data), so each (fold, λ) costs one
 * (d+1)×(d+1) Cholesky.
 */
export function ridgeCv(
  x: Float64Array,
  n: number,
  d: number,
  y: ArrayLike<number>,
  grid: number[] = logGrid(-6, 6, 25),
  folds = 5,
): RidgeCvFit {
  const e = d + 1;
  const bounds = Array.from({ length: folds + 1 }, (_, f) => Math.floor((f * n) / folds));
  const blocks = Array.from({ length: folds }, (_, f) =>
    gramBlock(x, d, y, bounds[f] as number, bounds[f + 1] as number),
  );
  const total = { g: new Float64Array(e * e), b: new Float64Array(e), yy: 0 };
  for (const blk of blocks) {
    for (let i = 0; i < e * e; i += 1) total.g[i] = (total.g[i] as number) + (blk.g[i] as number);
    for (let i = 0; i < e; i += 1) total.b[i] = (total.b[i] as number) + (blk.b[i] as number);
    total.yy += blk.yy;
  }
  const cvError = grid.map(() => 0);
  for (const blk of blocks) {
    const gt = Float64Array.from(total.g, (v, i) => v - (blk.g[i] as number));
    const bt = Float64Array.from(total.b, (v, i) => v - (blk.b[i] as number));
    grid.forEach((lambda, k) => {
      const w = solveAugmented(gt, bt, e, lambda);
      cvError[k] = (cvError[k] as number) + quadraticError(blk.g, blk.b, blk.yy, w, e) / n;
    });
  }
  let best = 0;
  cvError.forEach((err, k) => {
    if (err < (cvError[best] as number)) best = k;
  });
  const lambda = grid[best] as number;
  const w = solveAugmented(total.g, total.b, e, lambda);
  return { weights: w.slice(0, d), bias: w[d] as number, lambda, cvError };
}
