import { type Rng, sampleNormal, topEigenvectors } from '@repro/tensor';

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

/** Column means of an n × p matrix (the training means used to centre features). */
export function columnMeans(z: Float64Array, n: number, p: number): Float64Array {
  const m = new Float64Array(p);
  for (let r = 0; r < n; r += 1) for (let k = 0; k < p; k += 1) m[k] = (m[k] as number) + (z[r * p + k] as number);
  for (let k = 0; k < p; k += 1) m[k] = (m[k] as number) / n;
  return m;
}

/** z − 1·meansᵀ in place. */
export function subtractColumnMeans(z: Float64Array, n: number, p: number, means: ArrayLike<number>): Float64Array {
  for (let r = 0; r < n; r += 1)
    for (let k = 0; k < p; k += 1) z[r * p + k] = (z[r * p + k] as number) - (means[k] as number);
  return z;
}

/**
 * Dense signed covariances C_s = (1/N)·Zᵀ diag(y_s) Z (P × P, row-major, float64) for several label vectors in
 * one pass over Z.
 */
export function signedCovariances(z: Float64Array, n: number, p: number, ys: ArrayLike<number>[]): Float64Array[] {
  const cs = ys.map(() => new Float64Array(p * p));
  for (let r = 0; r < n; r += 1) {
    const base = r * p;
    ys.forEach((y, s) => {
      const c = cs[s] as Float64Array;
      const w = (y[r] as number) / n;
      for (let a = 0; a < p; a += 1) {
        const za = (z[base + a] as number) * w;
        if (za === 0) continue;
        const row = a * p;
        for (let b = 0; b <= a; b += 1) c[row + b] = (c[row + b] as number) + za * (z[base + b] as number);
      }
    });
  }
  for (const c of cs)
    for (let a = 0; a < p; a += 1) for (let b = 0; b < a; b += 1) c[b * p + a] = c[a * p + b] as number;
  return cs;
}

export interface LofiLayer {
  dIn: number;
  p: number;
  /** Eigenvectors kept (K); K = P means no reduction (identity). */
  k: number;
  activation: LofiActivation;
  w: Float32Array;
  c: number;
  /** Training column means of Z, subtracted before projecting; empty when the layer does not centre. */
  means: Float64Array;
  /** K unit eigenvectors of the signed covariance (length P each), by decreasing |λ|; empty when K = P. */
  v: Float64Array[];
  eigenvalues: Float64Array;
}

export interface LofiLayerSpec {
  p: number;
  k: number;
  activation: LofiActivation;
  /** Centre the features with their training means before the signed covariance (default false, as upstream). */
  centre?: boolean;
}

/** h ← (Z − 1·meansᵀ)·V (n × K), or Z (centred when the layer centres) when the layer keeps all P features. */
export function applyLofiLayer(layer: LofiLayer, h: ArrayLike<number>, n: number): Float64Array {
  const z = lofiFeatures(h, n, layer.dIn, layer.w, layer.p, layer.c, layer.activation);
  if (layer.means.length > 0) subtractColumnMeans(z, n, layer.p, layer.means);
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

/** Matvec of a dense symmetric P × P matrix. */
export function denseMatvec(c: Float64Array, p: number): (v: Float64Array) => Float64Array {
  return (v) => {
    const out = new Float64Array(p);
    for (let a = 0; a < p; a += 1) {
      let s = 0;
      const row = a * p;
      for (let b = 0; b < p; b += 1) s += (c[row + b] as number) * (v[b] as number);
      out[a] = s;
    }
    return out;
  };
}

/**
 * Fit one Neural LoFi layer on (h, y): draw W, set c from the training rows, form the signed covariance
 * C = (1/N) Zᵀ diag(y) Z (dense, one pass) and keep its top-K eigenvectors by |λ| (subspace iteration).
 * K ≥ P skips the reduction.
 */
export function fitLofiLayer(
  h: ArrayLike<number>,
  n: number,
  dIn: number,
  y: ArrayLike<number>,
  spec: LofiLayerSpec,
  rng: Rng,
): LofiLayer {
  const w = sampleNormal(rng, dIn * spec.p);
  const c = rmsRowNorm(h, n, dIn);
  const z = lofiFeatures(h, n, dIn, w, spec.p, c, spec.activation);
  const means = spec.centre ? columnMeans(z, n, spec.p) : new Float64Array(0);
  const base = { dIn, p: spec.p, activation: spec.activation, w, c, means };
  if (spec.k >= spec.p) return { ...base, k: spec.p, v: [], eigenvalues: new Float64Array(0) };
  if (spec.centre) subtractColumnMeans(z, n, spec.p, means);
  const [cov] = signedCovariances(z, n, spec.p, [y]) as [Float64Array];
  const eig = topEigenvectors(denseMatvec(cov, spec.p), spec.p, spec.k, { rng, iters: 300, tol: 1e-9 });
  return { ...base, k: spec.k, v: eig.vectors, eigenvalues: eig.values };
}
