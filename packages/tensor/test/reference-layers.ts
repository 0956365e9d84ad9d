/**
 * Float64 reference implementations (plain loops) of the layers, for the conformance suite: the
 * forward values every backend is compared with, and the function finite differences are taken of.
 * Row-major arrays throughout.
 */

/** y[B, out] = x[B, in]·w[in, out] + b[out]. */
export function denseRef(
  x: ArrayLike<number>,
  w: ArrayLike<number>,
  b: ArrayLike<number> | null,
  batch: number,
  inDim: number,
  outDim: number,
): Float64Array {
  const y = new Float64Array(batch * outDim);
  for (let i = 0; i < batch; i += 1)
    for (let o = 0; o < outDim; o += 1) {
      let s = b ? (b[o] as number) : 0;
      for (let k = 0; k < inDim; k += 1) s += (x[i * inDim + k] as number) * (w[k * outDim + o] as number);
      y[i * outDim + o] = s;
    }
  return y;
}

/**
 * Batched op(a)·op(b) in float64: a is `batchA` matrices [m,k] ([k,m] when `ta`), b `batchB`
 * matrices [k,n] ([n,k] when `tb`); a batch of 1 is reused for every output batch.
 */
export function matMulRef(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  dims: { m: number; k: number; n: number; batchA: number; batchB: number },
  ta = false,
  tb = false,
): Float64Array {
  const { m, k, n, batchA, batchB } = dims;
  const batch = Math.max(batchA, batchB);
  const y = new Float64Array(batch * m * n);
  for (let t = 0; t < batch; t += 1) {
    const oa = batchA === 1 ? 0 : t * m * k;
    const ob = batchB === 1 ? 0 : t * k * n;
    for (let i = 0; i < m; i += 1)
      for (let j = 0; j < n; j += 1) {
        let s = 0;
        for (let l = 0; l < k; l += 1)
          s += (a[oa + (ta ? l * m + i : i * k + l)] as number) * (b[ob + (tb ? j * k + l : l * n + j)] as number);
        y[t * m * n + i * n + j] = s;
      }
  }
  return y;
}

/** Non-overlapping conv1d: x[B, L, C], w[F·C, out], b[out] → y[B, L/F, out]. */
export function conv1dPatchesRef(
  x: ArrayLike<number>,
  w: ArrayLike<number>,
  b: ArrayLike<number> | null,
  [batch, length, channels]: readonly number[],
  filter: number,
  outDim: number,
): Float64Array {
  return denseRef(x, w, b, (batch as number) * ((length as number) / filter), filter * (channels as number), outDim);
}

/** Locally connected: x[B, L, C], w[P, F·C, out], b[P, out] → y[B, P, out]. */
export function locallyConnectedRef(
  x: ArrayLike<number>,
  w: ArrayLike<number>,
  b: ArrayLike<number> | null,
  [batch, length, channels]: readonly number[],
  filter: number,
  outDim: number,
): Float64Array {
  const positions = (length as number) / filter;
  const k = filter * (channels as number);
  const y = new Float64Array((batch as number) * positions * outDim);
  for (let n = 0; n < (batch as number); n += 1)
    for (let p = 0; p < positions; p += 1)
      for (let o = 0; o < outDim; o += 1) {
        let s = b ? (b[p * outDim + o] as number) : 0;
        for (let j = 0; j < k; j += 1)
          s += (x[(n * positions + p) * k + j] as number) * (w[(p * k + j) * outDim + o] as number);
        y[(n * positions + p) * outDim + o] = s;
      }
  return y;
}

/** Embedding: rows of table[V, D] at indices (flattened) → [indices.length, D]. */
export function embeddingRef(indices: ArrayLike<number>, table: ArrayLike<number>, dim: number): Float64Array {
  const y = new Float64Array(indices.length * dim);
  for (let i = 0; i < indices.length; i += 1)
    for (let d = 0; d < dim; d += 1) y[i * dim + d] = table[(indices[i] as number) * dim + d] as number;
  return y;
}

/** The conformance loss of a layer output: Σ r⊙y + ½ Σ y². */
export function lossRef(y: ArrayLike<number>, r: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < y.length; i += 1) s += (r[i] as number) * (y[i] as number) + 0.5 * (y[i] as number) ** 2;
  return s;
}

/** Central finite differences of f at p (float64, step h), one coordinate at a time. */
export function finiteDifferences(f: (p: Float64Array) => number, p: ArrayLike<number>, h = 1e-5): Float64Array {
  const at = Float64Array.from(p);
  const g = new Float64Array(at.length);
  for (let i = 0; i < at.length; i += 1) {
    const v = at[i] as number;
    at[i] = v + h;
    const up = f(at);
    at[i] = v - h;
    const down = f(at);
    at[i] = v;
    g[i] = (up - down) / (2 * h);
  }
  return g;
}

/** max|a − ref| / max|ref|: the error relative to the reference's scale (0 when both are 0). */
export function relativeError(a: ArrayLike<number>, ref: ArrayLike<number>): number {
  if (a.length !== ref.length) return Number.POSITIVE_INFINITY;
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < ref.length; i += 1) {
    const d = Math.abs((a[i] as number) - (ref[i] as number));
    diff = Number.isNaN(d) ? Number.POSITIVE_INFINITY : Math.max(diff, d);
    scale = Math.max(scale, Math.abs(ref[i] as number));
  }
  return diff === 0 ? 0 : diff / scale;
}
