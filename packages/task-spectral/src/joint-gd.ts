import { type Rng, sampleNormal } from '@repro/tensor';
import { cosineOverlap, type MatrixTensorOverlaps, type MatrixTensorSample } from './matrix-tensor.ts';
import { matrixFields, tensorFields } from './matrix-tensor-amp.ts';

export interface JointGdOptions {
  steps: number;
  /** Step size η of plain full-batch gradient descent. */
  lr: number;
  /** `matrix`: descend the matrix term only (the matrix-alone baseline); `joint`: both terms. */
  objective: 'joint' | 'matrix';
}

const dot = (a: ArrayLike<number>, b: ArrayLike<number>): number => {
  let s = 0;
  for (let i = 0; i < a.length; i += 1) s += (a[i] as number) * (b[i] as number);
  return s;
};

/**
 * Plain gradient descent from a random N(0, 1) initialization (the prior scale, independent of the signals) on
 *   L = ‖Y_m − u vᵀ/√N₁‖²/(2Δ_m) + ‖Y_t − u⊗x⊗y/N₁‖²/(2Δ_t)
 * (`objective: 'matrix'` keeps the first term only; x, y then stay at their initialization). Gradients, with
 * R the residuals: ∂L/∂u = −(Y_m v − u‖v‖²/√N₁)/(√N₁Δ_m) − (Y_t(·, x, y) − u‖x‖²‖y‖²/N₁)/(N₁Δ_t), and likewise
 * for v, x, y. Returns the |cos| overlaps at the end.
 */
export function jointGradientDescent(
  sample: MatrixTensorSample,
  options: JointGdOptions,
  rng: Rng,
): MatrixTensorOverlaps {
  const { n1, n2, n3, n4, deltaM, deltaT } = sample.config;
  const init = (n: number) => Float64Array.from(sampleNormal(rng, n));
  const u = init(n1);
  const v = init(n2);
  const x = init(n3);
  const y = init(n4);
  const sqrtN1 = Math.sqrt(n1);
  const tensor = options.objective === 'joint';
  for (let s = 0; s < options.steps; s += 1) {
    const m = matrixFields(sample.ym, n1, n2, u, v);
    const [qu, qv, qx, qy] = [dot(u, u), dot(v, v), dot(x, x), dot(y, y)];
    const gu = Float64Array.from(m.fu, (f, i) => -(f - ((u[i] as number) * qv) / sqrtN1) / (sqrtN1 * deltaM));
    const gv = Float64Array.from(m.fv, (f, j) => -(f - ((v[j] as number) * qu) / sqrtN1) / (sqrtN1 * deltaM));
    let gx = new Float64Array(n3);
    let gy = new Float64Array(n4);
    if (tensor) {
      const t = tensorFields(sample.yt, { n1, n3, n4 }, u, x, y);
      for (let i = 0; i < n1; i += 1)
        gu[i] = (gu[i] as number) - ((t.fu[i] as number) - ((u[i] as number) * qx * qy) / n1) / (n1 * deltaT);
      gx = Float64Array.from(t.fx, (f, j) => -(f - ((x[j] as number) * qu * qy) / n1) / (n1 * deltaT));
      gy = Float64Array.from(t.fy, (f, k) => -(f - ((y[k] as number) * qu * qx) / n1) / (n1 * deltaT));
    }
    const step = (a: Float64Array, g: Float64Array) => {
      for (let i = 0; i < a.length; i += 1) a[i] = (a[i] as number) - options.lr * (g[i] as number);
    };
    step(u, gu);
    step(v, gv);
    step(x, gx);
    step(y, gy);
  }
  return {
    u: cosineOverlap(u, sample.u),
    v: cosineOverlap(v, sample.v),
    x: cosineOverlap(x, sample.x),
    y: cosineOverlap(y, sample.y),
  };
}
