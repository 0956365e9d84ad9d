import { orthonormalize, type Rng, symmetricEigen, type TF } from '@repro/tensor';
import { type ChunkFeed, chunkFeed, projectOnFeed } from './chunk-feed.ts';
import { operatorOnFeed } from './spectral-operator.ts';
import { arraySource, type TrainingSource } from './training-source.ts';

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
 *
 * The training data are a `TrainingSource` read chunk by chunk (`iters` passes for the operator, one for ĥ → B̂,
 * one for q̂ → the affine fit, sums accumulated in Float64), or a feature matrix z (n × dim) with its labels. A
 * source whose features are regenerated and which provides its inputs x (`chunkInputs`, real inputs) is read as
 * x only, and the operator and ĥ are computed from x (`quadraticFormOperator`); otherwise from the features.
 */
export async function fitSpectral(
  tf: TF,
  source: TrainingSource,
  options: SpectralOptions,
  rng: Rng,
): Promise<SpectralFit>;
export async function fitSpectral(
  tf: TF,
  z: Float32Array,
  y: Float64Array,
  dim: number,
  options: SpectralOptions,
  rng: Rng,
): Promise<SpectralFit>;
export async function fitSpectral(
  tf: TF,
  data: TrainingSource | Float32Array,
  ...rest: [SpectralOptions, Rng] | [Float64Array, number, SpectralOptions, Rng]
): Promise<SpectralFit> {
  const [source, options, rng] =
    data instanceof Float32Array
      ? [arraySource(data, rest[0] as Float64Array, rest[1] as number), rest[2] as SpectralOptions, rest[3] as Rng]
      : [data, rest[0] as SpectralOptions, rest[1] as Rng];
  const feed = chunkFeed(tf, source);
  try {
    return await fitOnFeed(tf, feed, source, options, rng);
  } finally {
    feed.dispose();
  }
}

async function fitOnFeed(
  tf: TF,
  feed: ChunkFeed,
  source: TrainingSource,
  options: SpectralOptions,
  rng: Rng,
): Promise<SpectralFit> {
  const { n, dim, y } = source;
  const { k, oversample, iters } = options;
  const block = Math.min(dim, k + oversample);
  const apply = operatorOnFeed(tf, feed, source);
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
  const vectors = q.slice(0, k);
  // ĥ = Z·Â per chunk; kept for the calibration pass when small, else recomputed (the same numbers).
  const cache = n * k <= MAX_CACHED_PROJECTIONS ? new Float64Array(n * k) : null;
  const projection = projectOnFeed(tf, feed, vectors);
  const projectChunk = projection.chunk;
  // Pass 1: B̂ = (1/2n)·Σ y(ĥĥᵀ − I), summed row by row in Float64.
  const b = new Float64Array(k * k);
  await feed.each(async (c, start, rows) => {
    const h = await projectChunk(c);
    if (cache) cache.set(h, start * k);
    for (let r = 0; r < rows; r += 1) {
      const yr = y[start + r] as number;
      for (let i = 0; i < k; i += 1)
        for (let j = 0; j < k; j += 1) {
          const hij = (h[r * k + i] as number) * (h[r * k + j] as number) - (i === j ? 1 : 0);
          b[i * k + j] = (b[i * k + j] as number) + (yr * hij) / (2 * n);
        }
    }
  });
  // Pass 2: q̂ = ĥᵀB̂ĥ − tr B̂ and the sums of the least-squares line y ≈ scale·q̂ + shift.
  const sums = { x: 0, y: 0, xy: 0, xx: 0 };
  const accumulate = (h: Float64Array, start: number, rows: number) => {
    const raw = quadratic(h, rows, k, b);
    for (let r = 0; r < rows; r += 1) {
      const xr = raw[r] as number;
      const yr = y[start + r] as number;
      sums.x += xr;
      sums.y += yr;
      sums.xy += xr * yr;
      sums.xx += xr * xr;
    }
  };
  if (cache) {
    for (let start = 0; start < n; start += source.chunkRows) {
      const rows = Math.min(source.chunkRows, n - start);
      accumulate(cache.subarray(start * k, (start + rows) * k), start, rows);
    }
  } else await feed.each(async (c, start, rows) => accumulate(await projectChunk(c), start, rows));
  projection.dispose();
  const sxx = sums.xx - (sums.x * sums.x) / n;
  const sxy = sums.xy - (sums.x * sums.y) / n;
  const scale = sxx > 0 ? sxy / sxx : 0;
  const shift = (sums.y - scale * sums.x) / n;
  return { vectors, values: values.slice(0, k), b, scale, shift };
}

/** Largest n·k of projections ĥ held between the B̂ and calibration passes (128 MB of Float64). */
const MAX_CACHED_PROJECTIONS = 1.6e7;

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

/** Predictions of a fitted estimator on features z (n × dim). */
export function predictSpectral(fit: SpectralFit, z: Float32Array, n: number, dim: number): Float64Array {
  const k = fit.vectors.length;
  const raw = quadratic(project(z, n, dim, fit.vectors), n, k, fit.b);
  return raw.map((v) => fit.scale * v + fit.shift);
}
