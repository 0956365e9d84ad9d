import { type Rng, sampleUniform } from '@repro/tensor';
import { denseGram } from './dense-gram.ts';
import { ridgeSolve } from './ridge-solve.ts';

/**
 * The second stage (CLAIMS.md §5.2): a one-dimensional regression on the learned feature η. Features of the
 * standardized η̃ = (η − mean)/sd: [1, η̃, relu(a_j·η̃ + b_j)] with a_j = ±1 (alternating) and b_j ~ U[−3, 3],
 * j < width; the paper's residual form η + cᵀσ₂(aη + b) lies in this span.
 */
export interface StageTwo {
  mean: number;
  sd: number;
  a: Float64Array;
  b: Float32Array;
  coef: Float64Array;
}

function features(model: Pick<StageTwo, 'mean' | 'sd' | 'a' | 'b'>, eta: ArrayLike<number>): Float64Array {
  const width = model.a.length;
  const m = width + 2;
  const out = new Float64Array(eta.length * m);
  for (let i = 0; i < eta.length; i += 1) {
    const z = ((eta[i] as number) - model.mean) / model.sd;
    const row = i * m;
    out[row] = 1;
    out[row + 1] = z;
    for (let j = 0; j < width; j += 1)
      out[row + 2 + j] = Math.max(0, (model.a[j] as number) * z + (model.b[j] as number));
  }
  return out;
}

export function fitStageTwo(
  eta: ArrayLike<number>,
  y: ArrayLike<number>,
  rng: Rng,
  { width = 100, lambda = 1e-3 }: { width?: number; lambda?: number } = {},
): StageTwo {
  const n = eta.length;
  let mean = 0;
  for (let i = 0; i < n; i += 1) mean += eta[i] as number;
  mean /= n;
  let v = 0;
  for (let i = 0; i < n; i += 1) v += ((eta[i] as number) - mean) ** 2;
  const sd = Math.sqrt(v / n) || 1;
  const a = Float64Array.from({ length: width }, (_, j) => (j % 2 === 0 ? 1 : -1));
  const b = sampleUniform(rng, width, -3, 3);
  const model = { mean, sd, a, b };
  const { gram, fty } = denseGram(features(model, eta), n, width + 2, y);
  return { ...model, coef: ridgeSolve(gram, fty, lambda) };
}

export function predictStageTwo(model: StageTwo, eta: ArrayLike<number>): Float64Array {
  const m = model.a.length + 2;
  const f = features(model, eta);
  const out = new Float64Array(eta.length);
  for (let i = 0; i < eta.length; i += 1) {
    let s = 0;
    for (let j = 0; j < m; j += 1) s += (f[i * m + j] as number) * (model.coef[j] as number);
    out[i] = s;
  }
  return out;
}
