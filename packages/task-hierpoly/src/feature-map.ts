import { type Rng, sampleNormal, sampleUniform, type TF } from '@repro/tensor';
import type { Tensor2D } from '@tensorflow/tfjs-core';

/** A frozen random feature map x ↦ σ(Vx + s), V m×d with rows uniform on the unit sphere. */
export interface FeatureMap {
  kind: 'hermite' | 'relu';
  d: number;
  m: number;
  /** Vᵀ, d×m row-major (so features are x·Vᵀ + s). */
  vt: Float32Array;
  s: Float32Array;
  /** Degree of the Hermite activation (hermite kind only). */
  degree: number;
}

function sphereRows(rng: Rng, m: number, d: number): Float32Array {
  const v = sampleNormal(rng, m * d);
  const vt = new Float32Array(d * m);
  for (let j = 0; j < m; j += 1) {
    let norm = 0;
    for (let a = 0; a < d; a += 1) norm += (v[j * d + a] as number) ** 2;
    const inv = 1 / Math.sqrt(norm);
    for (let a = 0; a < d; a += 1) vt[a * m + j] = (v[j * d + a] as number) * inv;
  }
  return vt;
}

/**
 * The paper's first layer (CLAIMS.md §5.2): σ₁ = He_k (z² − 1 for k = 2, z³ − 3z for k = 3), a degree-k
 * polynomial with nonzero leading coefficient; biases s ~ N(0, 0.25).
 */
export function hermiteFeatures(rng: Rng, d: number, m: number, degree: number): FeatureMap {
  if (degree !== 2 && degree !== 3) throw new RangeError(`hermiteFeatures: degree must be 2 or 3, got ${degree}`);
  const vt = sphereRows(rng, m, d);
  return { kind: 'hermite', d, m, vt, s: sampleNormal(rng, m, 0, 0.5), degree };
}

/** ReLU random features relu(Vx + s), biases s ~ U[−1, 1]: the lazy (random-features) baseline. */
export function reluFeatures(rng: Rng, d: number, m: number): FeatureMap {
  const vt = sphereRows(rng, m, d);
  const s = sampleUniform(rng, m, -1, 1);
  return { kind: 'relu', d, m, vt, s, degree: 1 };
}

/** σ(x·Vᵀ + s) for a batch x (rows × d) on the backend; the caller disposes. */
export function applyFeatures(tf: TF, map: FeatureMap, x: Tensor2D): Tensor2D {
  return tf.tidy(() => {
    const z = tf.add(tf.matMul(x, tf.tensor2d(map.vt, [map.d, map.m])), tf.tensor1d(map.s));
    if (map.kind === 'relu') return tf.relu(z) as Tensor2D;
    if (map.degree === 2) return tf.sub(tf.square(z), 1) as Tensor2D;
    return tf.mul(z, tf.sub(tf.square(z), 3)) as Tensor2D;
  });
}
