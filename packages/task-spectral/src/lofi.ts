import { type Rng, ridge, sampleNormal, topEigenvectors } from '@repro/tensor';

/** Activations of the Neural LoFi random-feature layers. */
export type LofiActivation = 'poly2' | 'relu' | 'tanh' | 'sigmoid';

export function activate(name: LofiActivation, t: number): number {
  if (name === 'poly2') return t * t;
  if (name === 'relu') return Math.max(t, 0);
  if (name === 'tanh') return Math.tanh(t);
  return 1 / (1 + Math.exp(-t));
}

/** c = √(mean over rows of ‖h_μ‖²), the RMS row norm of an n×dIn input. */
export function rmsRowNorm(h: ArrayLike<number>, n: number, dIn: number): number {
  let s = 0;
  for (let i = 0; i < n * dIn; i += 1) s += (h[i] as number) ** 2;
  return Math.sqrt(s / n);
}

/** Frozen random-feature layer: Z = σ(h·W/c)/√P, W (dIn × P) i.i.d. N(0,1). Returns Z (n × P, float64). */
export function lofiFeatures(
  h: ArrayLike<number>,
  n: number,
  dIn: number,
  w: ArrayLike<number>,
  p: number,
  c: number,
  activation: LofiActivation,
): Float64Array {
  const z = new Float64Array(n * p);
  const scale = 1 / Math.sqrt(p);
  const pre = new Float64Array(p);
  for (let r = 0; r < n; r += 1) {
    pre.fill(0);
    for (let a = 0; a < dIn; a += 1) {
      const ha = (h[r * dIn + a] as number) / c;
      if (ha === 0) continue;
      for (let k = 0; k < p; k += 1) pre[k] = (pre[k] as number) + ha * (w[a * p + k] as number);
    }
    for (let k = 0; k < p; k += 1) z[r * p + k] = activate(activation, pre[k] as number) * scale;
  }
  return z;
}

/** Matrix-free signed covariance v ↦ C·v, C = (1/N)·Zᵀ diag(y) Z (P × P), never formed. */
export function signedCovarianceMatvec(
  z: Float64Array,
  n: number,
  p: number,
  y: ArrayLike<number>,
): (v: Float64Array) => Float64Array {
  return (v) => {
    const out = new Float64Array(p);
    for (let r = 0; r < n; r += 1) {
      let s = 0;
      const base = r * p;
      for (let k = 0; k < p; k += 1) s += (z[base + k] as number) * (v[k] as number);
      s *= (y[r] as number) / n;
      for (let k = 0; k < p; k += 1) out[k] = (out[k] as number) + s * (z[base + k] as number);
    }
    return out;
  };
}

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

/** Ridge with intercept (centred features and labels), penalty λ·‖w‖². */
function ridgeIntercept(x: Float64Array, n: number, d: number, y: ArrayLike<number>, lambda: number) {
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
 * RidgeCV-like readout: `folds`-fold cross-validation (contiguous folds) of ridge-with-intercept over the grid
 * (default 25 values log-spaced in 10⁻⁶…10⁶), refit on all rows with the λ of least held-out squared error.
 */
export function ridgeCv(
  x: Float64Array,
  n: number,
  d: number,
  y: ArrayLike<number>,
  grid: number[] = logGrid(-6, 6, 25),
  folds = 5,
): RidgeCvFit {
  const cvError = grid.map(() => 0);
  for (let f = 0; f < folds; f += 1) {
    const lo = Math.floor((f * n) / folds);
    const hi = Math.floor(((f + 1) * n) / folds);
    const nt = n - (hi - lo);
    const xt = new Float64Array(nt * d);
    const yt = new Float64Array(nt);
    let t = 0;
    for (let r = 0; r < n; r += 1) {
      if (r >= lo && r < hi) continue;
      xt.set(x.subarray(r * d, (r + 1) * d), t * d);
      yt[t] = y[r] as number;
      t += 1;
    }
    const xv = x.subarray(lo * d, hi * d);
    grid.forEach((lambda, g) => {
      const fit = ridgeIntercept(xt, nt, d, yt, lambda);
      const pred = predictLinear(xv, hi - lo, d, fit.weights, fit.bias);
      let e = 0;
      for (let r = 0; r < hi - lo; r += 1) e += ((pred[r] as number) - (y[lo + r] as number)) ** 2;
      cvError[g] = (cvError[g] as number) + e / n;
    });
  }
  let best = 0;
  cvError.forEach((e, g) => {
    if (e < (cvError[best] as number)) best = g;
  });
  const lambda = grid[best] as number;
  return { ...ridgeIntercept(x, n, d, y, lambda), lambda, cvError };
}

export interface LofiLayer {
  dIn: number;
  p: number;
  /** Eigenvectors kept (K); K = P means no reduction (identity). */
  k: number;
  activation: LofiActivation;
  w: Float32Array;
  c: number;
  /** K unit eigenvectors of the signed covariance (length P each), by decreasing |λ|; empty when K = P. */
  v: Float64Array[];
  eigenvalues: Float64Array;
}

/** h ← Z·V (n × K), or Z when the layer keeps all P features. */
export function applyLofiLayer(layer: LofiLayer, h: ArrayLike<number>, n: number): Float64Array {
  const z = lofiFeatures(h, n, layer.dIn, layer.w, layer.p, layer.c, layer.activation);
  if (layer.v.length === 0) return z;
  const out = new Float64Array(n * layer.k);
  for (let r = 0; r < n; r += 1)
    layer.v.forEach((vec, j) => {
      let s = 0;
      for (let q = 0; q < layer.p; q += 1) s += (z[r * layer.p + q] as number) * (vec[q] as number);
      out[r * layer.k + j] = s;
    });
  return out;
}

/**
 * Fit one Neural LoFi layer on (h, y): draw W, set c from the training rows, and keep the top-K eigenvectors of
 * C = (1/N) Zᵀ diag(y) Z by |λ| (subspace iteration, matrix-free). K ≥ P skips the reduction.
 */
export function fitLofiLayer(
  h: ArrayLike<number>,
  n: number,
  dIn: number,
  y: ArrayLike<number>,
  spec: { p: number; k: number; activation: LofiActivation },
  rng: Rng,
): LofiLayer {
  const w = sampleNormal(rng, dIn * spec.p);
  const c = rmsRowNorm(h, n, dIn);
  const base = { dIn, p: spec.p, activation: spec.activation, w, c };
  if (spec.k >= spec.p) return { ...base, k: spec.p, v: [], eigenvalues: new Float64Array(0) };
  const z = lofiFeatures(h, n, dIn, w, spec.p, c, spec.activation);
  const eig = topEigenvectors(signedCovarianceMatvec(z, n, spec.p, y), spec.p, spec.k, { rng, iters: 200, tol: 1e-6 });
  return { ...base, k: spec.k, v: eig.vectors, eigenvalues: eig.values };
}
