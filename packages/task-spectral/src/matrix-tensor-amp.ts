import { type Rng, sampleNormal } from '@repro/tensor';
import { cosineOverlap, type MatrixTensorOverlaps, type MatrixTensorSample } from './matrix-tensor.ts';

/**
 * Tensor contractions of Y_t (N₁ × N₃ × N₄, row-major): the three "fields" Σ_{jk} Y_ijk a_j b_k (over i),
 * Σ_{ik} Y_ijk u_i b_k (over j) and Σ_{ij} Y_ijk u_i a_j (over k), in one pass.
 */
export function tensorFields(
  yt: ArrayLike<number>,
  dims: { n1: number; n3: number; n4: number },
  u: ArrayLike<number>,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
): { fu: Float64Array; fx: Float64Array; fy: Float64Array } {
  const { n1, n3, n4 } = dims;
  const fu = new Float64Array(n1);
  const fx = new Float64Array(n3);
  const fy = new Float64Array(n4);
  for (let i = 0; i < n1; i += 1) {
    const ui = u[i] as number;
    let si = 0;
    for (let j = 0; j < n3; j += 1) {
      const base = (i * n3 + j) * n4;
      const xj = x[j] as number;
      const uxj = ui * xj;
      let sjk = 0;
      for (let k = 0; k < n4; k += 1) {
        const t = yt[base + k] as number;
        sjk += t * (y[k] as number);
        fy[k] = (fy[k] as number) + t * uxj;
      }
      si += sjk * xj;
      fx[j] = (fx[j] as number) + sjk * ui;
    }
    fu[i] = si;
  }
  return { fu, fx, fy };
}

/** Y_m·b (N₁) and Y_mᵀ·a (N₂) for the N₁ × N₂ matrix. */
export function matrixFields(
  ym: ArrayLike<number>,
  n1: number,
  n2: number,
  a: ArrayLike<number>,
  b: ArrayLike<number>,
): { fu: Float64Array; fv: Float64Array } {
  const fu = new Float64Array(n1);
  const fv = new Float64Array(n2);
  for (let i = 0; i < n1; i += 1) {
    const ai = a[i] as number;
    let s = 0;
    for (let j = 0; j < n2; j += 1) {
      const m = ym[i * n2 + j] as number;
      s += m * (b[j] as number);
      fv[j] = (fv[j] as number) + m * ai;
    }
    fu[i] = s;
  }
  return { fu, fv };
}

const dot = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  let s = 0;
  for (let i = 0; i < a.length; i += 1) s += (a[i] as number) * (b[i] as number);
  return s;
};
const sq = (a: ArrayLike<number>): number => dot(a, a);

export interface AmpOptions {
  iterations: number;
  /** Standard deviation of the i.i.d. Gaussian initial estimates (uninformative: independent of the signals). */
  initScale: number;
  /** Damping of the estimates (0 = none): â ← (1 − damping)·f(B, A) + damping·â_old. */
  damping?: number;
}

/**
 * Bayes-AMP for the spiked matrix–tensor model with N(0, 1) priors on u, v, x, y (Gaussian denoiser
 * f(B, A) = B/(1 + A), variance 1/(1 + A)), for the normalization of `sampleMatrixTensor`
 * (Y_m = √Δ_m Z + uvᵀ/√N₁, Y_t = √Δ_t Z' + u⊗x⊗y/N₁, Δ per entry). Fields and Onsager terms:
 *   B_u = Y_m v̂/(√N₁Δ_m) + Y_t(·, x̂, ŷ)/(N₁Δ_t) − û_old·[Σσ_v/(N₁Δ_m) + (Σσ_x ŷ·ŷ_old + x̂·x̂_old Σσ_y)/(N₁²Δ_t)],
 *   A_u = ‖v̂‖²/(N₁Δ_m) + ‖x̂‖²‖ŷ‖²/(N₁²Δ_t);
 *   B_v = Y_mᵀû/(√N₁Δ_m) − v̂_old·Σσ_u/(N₁Δ_m),  A_v = ‖û‖²/(N₁Δ_m);
 *   B_x = Y_t(û, ·, ŷ)/(N₁Δ_t) − x̂_old·(Σσ_u ŷ·ŷ_old + û·û_old Σσ_y)/(N₁²Δ_t),  A_x = ‖û‖²‖ŷ‖²/(N₁²Δ_t); y likewise.
 * All four blocks are updated in parallel from the previous iterate. Returns |cos| overlaps after every iteration.
 */
export function matrixTensorAmp(sample: MatrixTensorSample, options: AmpOptions, rng: Rng): MatrixTensorOverlaps[] {
  const { n1, n2, n3, n4, deltaM, deltaT } = sample.config;
  const damping = options.damping ?? 0;
  const init = (n: number) => Float64Array.from(sampleNormal(rng, n), (a) => a * options.initScale);
  let u = init(n1);
  let v = init(n2);
  let x = init(n3);
  let y = init(n4);
  // Previous estimates and variances (the Onsager terms use the estimates one step back).
  let uOld = new Float64Array(n1);
  let vOld = new Float64Array(n2);
  let xOld = new Float64Array(n3);
  let yOld = new Float64Array(n4);
  let su = n1;
  let sv = n2;
  let sx = n3;
  let sy = n4;
  const trajectory: MatrixTensorOverlaps[] = [];
  const sqrtN1 = Math.sqrt(n1);
  for (let t = 0; t < options.iterations; t += 1) {
    const m = matrixFields(sample.ym, n1, n2, u, v);
    const tf = tensorFields(sample.yt, { n1, n3, n4 }, u, x, y);
    const [qu, qv, qx, qy] = [sq(u), sq(v), sq(x), sq(y)];
    const au = qv / (n1 * deltaM) + (qx * qy) / (n1 * n1 * deltaT);
    const av = qu / (n1 * deltaM);
    const ax = (qu * qy) / (n1 * n1 * deltaT);
    const ay = (qu * qx) / (n1 * n1 * deltaT);
    const [cu, cx, cy] = [dot(u, uOld), dot(x, xOld), dot(y, yOld)];
    const onsU = sv / (n1 * deltaM) + (sx * cy + cx * sy) / (n1 * n1 * deltaT);
    const onsV = su / (n1 * deltaM);
    const onsX = (su * cy + cu * sy) / (n1 * n1 * deltaT);
    const onsY = (su * cx + cu * sx) / (n1 * n1 * deltaT);
    const update = (field: (i: number) => number, old: Float64Array, cur: Float64Array, a: number, ons: number) =>
      Float64Array.from(cur, (c, i) => ((1 - damping) * (field(i) - ons * (old[i] as number))) / (1 + a) + damping * c);
    const nu = update(
      (i) => (m.fu[i] as number) / (sqrtN1 * deltaM) + (tf.fu[i] as number) / (n1 * deltaT),
      uOld,
      u,
      au,
      onsU,
    );
    const nv = update((j) => (m.fv[j] as number) / (sqrtN1 * deltaM), vOld, v, av, onsV);
    const nx = update((j) => (tf.fx[j] as number) / (n1 * deltaT), xOld, x, ax, onsX);
    const ny = update((k) => (tf.fy[k] as number) / (n1 * deltaT), yOld, y, ay, onsY);
    [uOld, vOld, xOld, yOld] = [u, v, x, y];
    [u, v, x, y] = [nu, nv, nx, ny];
    [su, sv, sx, sy] = [n1 / (1 + au), n2 / (1 + av), n3 / (1 + ax), n4 / (1 + ay)];
    trajectory.push({
      u: cosineOverlap(u, sample.u),
      v: cosineOverlap(v, sample.v),
      x: cosineOverlap(x, sample.x),
      y: cosineOverlap(y, sample.y),
    });
  }
  return trajectory;
}

/**
 * State evolution of `matrixTensorAmp` in the Bayes-optimal setting (q = m), N(0, 1) priors: the squared-overlap
 * recursion m_w ← A_w/(1 + A_w) with A_u = α₂m_v/Δ_m + α₃α₄m_x m_y/Δ_t, A_v = m_u/Δ_m, A_x = α₄m_u m_y/Δ_t,
 * A_y = α₃m_u m_x/Δ_t (m ≈ cos² for large N). Returns the trajectory of (m_u, m_v, m_x, m_y).
 */
export function ampStateEvolution(
  config: { n1: number; n2: number; n3: number; n4: number; deltaM: number; deltaT: number },
  init: number,
  iterations: number,
): MatrixTensorOverlaps[] {
  const a2 = config.n2 / config.n1;
  const a3 = config.n3 / config.n1;
  const a4 = config.n4 / config.n1;
  let m = { u: init, v: init, x: init, y: init };
  const out: MatrixTensorOverlaps[] = [];
  const f = (a: number) => a / (1 + a);
  for (let t = 0; t < iterations; t += 1) {
    m = {
      u: f((a2 * m.v) / config.deltaM + (a3 * a4 * m.x * m.y) / config.deltaT),
      v: f(m.u / config.deltaM),
      x: f((a4 * m.u * m.y) / config.deltaT),
      y: f((a3 * m.u * m.x) / config.deltaT),
    };
    out.push({ ...m });
  }
  return out;
}
