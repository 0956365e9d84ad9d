import { orthonormalize, type Rng, symmetricEigen, type TF } from '@repro/tensor';
import type { Tensor2D } from '@tensorflow/tfjs-core';

const CHUNK = 8192;

export interface SpectralOptions {
  /** Number of eigen-directions kept (p). */
  k: number;
  /** Extra block vectors (the authors' oversamp_C = 10). */
  oversample: number;
  /** Passes over the data (the authors' n_iter_C_max = 15). */
  iters: number;
}

export interface SpectralFit {
  /** The k Ritz vectors of largest |λ| (unit, in the normalized Hermite basis), by decreasing |λ|. */
  vectors: Float64Array[];
  values: Float64Array;
  /** B̂ (k×k). */
  b: Float64Array;
  /** Affine calibration ŷ = scale·q̂ + shift, fitted on the training data. */
  scale: number;
  shift: number;
}

/**
 * The layer-wise spectral estimator of CLAIMS.md §4.2, in the normalized Hermite basis z of degree-2 features:
 * the operator C[q] = (1/n)·Σ_μ y_μ·(z_μ·q)·z_μ − ȳ·q (the authors' (1/2n)·Σ y(⟨X̃, A⟩X̃ − 2A) written in that
 * basis) is applied matrix-free as Zᵀ(y ⊙ Z·Q) through chunked backend matMuls (never a d²×d² matrix); subspace
 * iteration on a block of k + oversample vectors with Rayleigh–Ritz, keeping the k largest |λ|. Then
 * ĥ = Z·Â, B̂ = (1/2n)·Σ y(ĥĥᵀ − I), q̂ = ĥᵀB̂ĥ − tr B̂, and an affine calibration of q̂ to y on the same data.
 */
export async function fitSpectral(
  tf: TF,
  z: Float32Array,
  y: Float64Array,
  dim: number,
  options: SpectralOptions,
  rng: Rng,
): Promise<SpectralFit> {
  const n = y.length;
  const { k, oversample, iters } = options;
  const block = Math.min(dim, k + oversample);
  const operator = spectralOperator(tf, z, y, dim);
  const apply = operator.apply;
  let q = Array.from({ length: block }, () => new Float64Array(dim));
  orthonormalize(q, rng);
  let values = new Float64Array(block);
  for (let it = 0; it < iters; it += 1) {
    const w = await apply(q);
    const t = new Float64Array(block * block);
    for (let i = 0; i < block; i += 1)
      for (let j = 0; j < block; j += 1) {
        let s = 0;
        const qi = q[i] as Float64Array;
        const wj = w[j] as Float64Array;
        for (let m = 0; m < dim; m += 1) s += (qi[m] as number) * (wj[m] as number);
        t[i * block + j] = s;
      }
    for (let i = 0; i < block; i += 1)
      for (let j = i + 1; j < block; j += 1) {
        const s = ((t[i * block + j] as number) + (t[j * block + i] as number)) / 2;
        t[i * block + j] = s;
        t[j * block + i] = s;
      }
    const eig = symmetricEigen(t, block);
    const order = Array.from({ length: block }, (_, i) => i).sort(
      (a, b) => Math.abs(eig.values[b] as number) - Math.abs(eig.values[a] as number),
    );
    values = Float64Array.from(order, (i) => eig.values[i] as number);
    const rotate = (vs: Float64Array[]) =>
      order.map((o) => {
        const coef = eig.vectors[o] as Float64Array;
        const out = new Float64Array(dim);
        vs.forEach((v, r) => {
          const c = coef[r] as number;
          for (let m = 0; m < dim; m += 1) out[m] = (out[m] as number) + c * (v[m] as number);
        });
        return out;
      });
    if (it === iters - 1) {
      q = rotate(q);
      break;
    }
    q = rotate(w);
    orthonormalize(q, rng);
  }
  operator.dispose();
  const vectors = q.slice(0, k);
  const hHat = project(z, n, dim, vectors);
  const b = new Float64Array(k * k);
  for (let r = 0; r < n; r += 1) {
    const yr = y[r] as number;
    for (let i = 0; i < k; i += 1)
      for (let j = 0; j < k; j += 1) {
        const hij = (hHat[r * k + i] as number) * (hHat[r * k + j] as number) - (i === j ? 1 : 0);
        b[i * k + j] = (b[i * k + j] as number) + (yr * hij) / (2 * n);
      }
  }
  const raw = quadratic(hHat, n, k, b);
  const { scale, shift } = affine(raw, y);
  return { vectors, values: values.slice(0, k), b, scale, shift };
}

export interface SpectralOperator {
  /** C applied to each vector of a block (unit-free coefficient vectors in the normalized Hermite basis). */
  apply(q: readonly Float64Array[]): Promise<Float64Array[]>;
  dispose(): void;
}

/**
 * The layer-1 operator C[Q] = (1/2n)·Σ_μ y_μ(⟨X̃_μ, Q⟩X̃_μ − 2Q), X̃ = xxᵀ − I, in the normalized Hermite basis z
 * (flat(X̃) = √2·z, ⟨X̃, Q⟩ = √2·z·q): C[q] = (1/n)·Σ_μ y_μ(z_μ·q)z_μ − ȳ·q. Applied matrix-free as Zᵀ(y ⊙ Z·Q)
 * with backend matMuls over row chunks of 8192 samples; the chunk sums are accumulated in Float64 on the host.
 */
export function spectralOperator(tf: TF, z: Float32Array, y: Float64Array, dim: number): SpectralOperator {
  const n = y.length;
  const yMean = y.reduce((s, v) => s + v, 0) / n;
  const chunks: { z: Tensor2D; y: Tensor2D }[] = [];
  for (let start = 0; start < n; start += CHUNK) {
    const rows = Math.min(CHUNK, n - start);
    chunks.push({
      z: tf.tensor2d(z.subarray(start * dim, (start + rows) * dim), [rows, dim]),
      y: tf.tensor2d(Float32Array.from(y.subarray(start, start + rows)), [rows, 1]),
    });
  }
  const apply = async (q: readonly Float64Array[]): Promise<Float64Array[]> => {
    const k = q.length;
    const qm = new Float32Array(dim * k);
    q.forEach((v, c) => {
      for (let i = 0; i < dim; i += 1) qm[i * k + c] = v[i] as number;
    });
    const qt = tf.tensor2d(qm, [dim, k]);
    const acc = new Float64Array(k * dim);
    for (const chunk of chunks) {
      const part = tf.tidy(() => {
        const t = tf.mul(tf.matMul(chunk.z, qt), chunk.y) as Tensor2D;
        // An explicit transpose, then a plain matMul: the transposed-operand matMul is ~20× slower on wasm.
        return tf.matMul(tf.transpose(t) as Tensor2D, chunk.z) as Tensor2D;
      });
      const w = await part.data();
      part.dispose();
      for (let i = 0; i < acc.length; i += 1) acc[i] = (acc[i] as number) + (w[i] as number);
    }
    qt.dispose();
    return q.map((v, c) =>
      Float64Array.from({ length: dim }, (_, i) => (acc[c * dim + i] as number) / n - yMean * (v[i] as number)),
    );
  };
  return { apply, dispose: () => tf.dispose(chunks.flatMap((c) => [c.z, c.y])) };
}

/** ĥ = Z·Â (n×k). */
export function project(z: Float32Array, n: number, dim: number, vectors: Float64Array[]): Float64Array {
  const k = vectors.length;
  const out = new Float64Array(n * k);
  for (let r = 0; r < n; r += 1)
    for (let i = 0; i < k; i += 1) {
      const v = vectors[i] as Float64Array;
      let s = 0;
      for (let m = 0; m < dim; m += 1) s += (v[m] as number) * (z[r * dim + m] as number);
      out[r * k + i] = s;
    }
  return out;
}

function quadratic(h: Float64Array, n: number, k: number, b: Float64Array): Float64Array {
  let trace = 0;
  for (let i = 0; i < k; i += 1) trace += b[i * k + i] as number;
  return Float64Array.from({ length: n }, (_, r) => {
    let s = -trace;
    for (let i = 0; i < k; i += 1)
      for (let j = 0; j < k; j += 1)
        s += (h[r * k + i] as number) * (b[i * k + j] as number) * (h[r * k + j] as number);
    return s;
  });
}

function affine(x: Float64Array, y: Float64Array): { scale: number; shift: number } {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i += 1) {
    sxy += ((x[i] as number) - mx) * ((y[i] as number) - my);
    sxx += ((x[i] as number) - mx) ** 2;
  }
  const scale = sxx > 0 ? sxy / sxx : 0;
  return { scale, shift: my - scale * mx };
}

/** Predictions of a fitted estimator on features z (n × dim). */
export function predictSpectral(fit: SpectralFit, z: Float32Array, n: number, dim: number): Float64Array {
  const k = fit.vectors.length;
  const raw = quadratic(project(z, n, dim, fit.vectors), n, k, fit.b);
  return raw.map((v) => fit.scale * v + fit.shift);
}
