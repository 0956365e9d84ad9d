import { type Rng, sampleNormal } from '@repro/tensor';

/**
 * Spiked matrix–tensor model, exact scalings:
 *   Y_m = √Δ_m · Z + u vᵀ / √N₁                     (N₁ × N₂, Z i.i.d. N(0,1) per entry)
 *   Y_t = √Δ_t · Z' + u ⊗ x ⊗ y / N₁                (N₁ × N₃ × N₄, Z' i.i.d. N(0,1) per entry)
 * with u, v, x, y i.i.d. N(0,1) entries (‖w‖² ≈ N_k), α_k = N_k / N₁.
 * Δ_m and Δ_t are noise variances PER ENTRY (not rescaled by N₁). The contracted tensor Σ_i w_i Y_t[i,·,·] with
 * w = √N₁·û (‖w‖² = N₁, û unit) has signal m_u·x yᵀ (m_u = cos(û, u)) and noise of variance Δ_t·N₁ per entry;
 * the rectangular BBP condition s² > σ²√(N₃N₄) with s = m_u√(N₃N₄), σ² = Δ_t·N₁ gives
 * Δ_t < m_u²·√(α₃α₄), an O(1) threshold per entry (m_u instead of m_u² for a Bayes estimate with q = m).
 * Matrix weak recovery (top singular pair of Y_m) holds iff Δ_m < √α₂.
 */
export interface MatrixTensorConfig {
  n1: number;
  n2: number;
  n3: number;
  n4: number;
  /** Matrix noise variance per entry Δ_m. */
  deltaM: number;
  /** Tensor noise variance per entry Δ_t. */
  deltaT: number;
  /**
   * `shared` (default): the tensor's first factor is the matrix's u. `independent`: an independent u′ ~ N(0, I)
   * (no shared structure between the modalities; a control).
   */
  tensorSpike?: 'shared' | 'independent';
}

export interface MatrixTensorSample {
  config: MatrixTensorConfig;
  u: Float64Array;
  v: Float64Array;
  x: Float64Array;
  y: Float64Array;
  /** N₁ × N₂ row-major. */
  ym: Float64Array;
  /** N₁ × N₃ × N₄ row-major (index (i·N₃ + j)·N₄ + k). */
  yt: Float64Array;
}

const f64 = (a: Float32Array): Float64Array => Float64Array.from(a);

export function sampleMatrixTensor(config: MatrixTensorConfig, rng: Rng): MatrixTensorSample {
  const { n1, n2, n3, n4, deltaM, deltaT } = config;
  const u = f64(sampleNormal(rng, n1));
  const v = f64(sampleNormal(rng, n2));
  const x = f64(sampleNormal(rng, n3));
  const y = f64(sampleNormal(rng, n4));
  const zm = sampleNormal(rng, n1 * n2);
  const ym = new Float64Array(n1 * n2);
  const sm = Math.sqrt(deltaM);
  const cm = 1 / Math.sqrt(n1);
  for (let i = 0; i < n1; i += 1)
    for (let j = 0; j < n2; j += 1)
      ym[i * n2 + j] = sm * (zm[i * n2 + j] as number) + cm * (u[i] as number) * (v[j] as number);
  const st = Math.sqrt(deltaT);
  const yt = new Float64Array(n1 * n3 * n4);
  const zt = sampleNormal(rng, n1 * n3 * n4);
  const ut = config.tensorSpike === 'independent' ? f64(sampleNormal(rng, n1)) : u;
  for (let i = 0; i < n1; i += 1) {
    const ui = (ut[i] as number) / n1;
    for (let j = 0; j < n3; j += 1) {
      const uxj = ui * (x[j] as number);
      const base = (i * n3 + j) * n4;
      for (let k = 0; k < n4; k += 1) yt[base + k] = st * (zt[base + k] as number) + uxj * (y[k] as number);
    }
  }
  return { config, u, v, x, y, ym, yt };
}

function unit(a: Float64Array): Float64Array {
  const norm = Math.sqrt(a.reduce((s, x) => s + x * x, 0));
  return a.map((x) => x / norm);
}

/** |a·b| / (‖a‖‖b‖). */
export function cosineOverlap(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i += 1) {
    ab += (a[i] as number) * (b[i] as number);
    aa += (a[i] as number) ** 2;
    bb += (b[i] as number) ** 2;
  }
  return aa > 0 && bb > 0 ? Math.abs(ab) / Math.sqrt(aa * bb) : 0;
}

/** Top singular pair (unit left, unit right) of a rows×cols matrix by power iteration on MᵀM from a random start. */
export function topSingularPair(
  m: ArrayLike<number>,
  rows: number,
  cols: number,
  iterations: number,
  rng: Rng,
): { left: Float64Array; right: Float64Array; value: number } {
  let right = f64(sampleNormal(rng, cols));
  const left = new Float64Array(rows);
  let value = 0;
  for (let it = 0; it < iterations; it += 1) {
    for (let i = 0; i < rows; i += 1) {
      let s = 0;
      for (let j = 0; j < cols; j += 1) s += (m[i * cols + j] as number) * (right[j] as number);
      left[i] = s;
    }
    let ln = 0;
    for (let i = 0; i < rows; i += 1) ln += (left[i] as number) ** 2;
    ln = Math.sqrt(ln);
    for (let i = 0; i < rows; i += 1) left[i] = (left[i] as number) / ln;
    const next = new Float64Array(cols);
    for (let i = 0; i < rows; i += 1) {
      const li = left[i] as number;
      for (let j = 0; j < cols; j += 1) next[j] = (next[j] as number) + li * (m[i * cols + j] as number);
    }
    let rn = 0;
    for (let j = 0; j < cols; j += 1) rn += (next[j] as number) ** 2;
    value = Math.sqrt(rn);
    for (let j = 0; j < cols; j += 1) next[j] = (next[j] as number) / value;
    right = next;
  }
  return { left, right, value };
}

/** Contraction Σ_i w_i · Y_t[i,·,·] (N₃ × N₄ row-major). */
export function contractTensor(
  yt: ArrayLike<number>,
  n1: number,
  n3: number,
  n4: number,
  w: ArrayLike<number>,
): Float64Array {
  const out = new Float64Array(n3 * n4);
  for (let i = 0; i < n1; i += 1) {
    const wi = w[i] as number;
    const base = i * n3 * n4;
    for (let r = 0; r < n3 * n4; r += 1) out[r] = (out[r] as number) + wi * (yt[base + r] as number);
  }
  return out;
}

export interface MatrixTensorOverlaps {
  u: number;
  v: number;
  x: number;
  y: number;
}

/**
 * Sequential spectral curriculum: (û, v̂) = top singular pair of Y_m; contract Y_t with √N₁·û;
 * (x̂, ŷ) = top singular pair of the contracted N₃×N₄ matrix. Returns cosine overlaps with the planted vectors.
 * `contractWith: 'random'` contracts with a random unit direction independent of u instead (a control: m_u ≈ 0).
 */
export function sequentialCurriculum(
  sample: MatrixTensorSample,
  iterations: number,
  rng: Rng,
  contractWith: 'estimate' | 'random' = 'estimate',
): MatrixTensorOverlaps {
  const { n1, n2, n3, n4 } = sample.config;
  const first = topSingularPair(sample.ym, n1, n2, iterations, rng);
  const direction = contractWith === 'estimate' ? first.left : unit(f64(sampleNormal(rng, n1)));
  const w = direction.map((a) => a * Math.sqrt(n1));
  const contracted = contractTensor(sample.yt, n1, n3, n4, w);
  const second = topSingularPair(contracted, n3, n4, iterations, rng);
  return {
    u: cosineOverlap(first.left, sample.u),
    v: cosineOverlap(first.right, sample.v),
    x: cosineOverlap(second.left, sample.x),
    y: cosineOverlap(second.right, sample.y),
  };
}
