import { type Rng, sampleNormal } from '@repro/tensor';
import { toDigits } from './mixed-radix.ts';

/**
 * The factorization-compatible embedding of pal's generalization mode: e(x) = Σ_i E_i[x_i] with
 * E_i ∈ ℝ^{p_i×d} i.i.d. N(0,1), drawn in factor order. Returns the [N, d] table, row-major.
 */
export function factorizedEmbedding(rng: Rng, inputFactors: readonly number[], dim: number): Float32Array {
  const parts = inputFactors.map((p) => sampleNormal(rng, p * dim));
  const n = inputFactors.reduce((a, b) => a * b, 1);
  const out = new Float32Array(n * dim);
  for (let x = 0; x < n; x += 1) {
    const digits = toDigits(x, inputFactors);
    parts.forEach((part, i) => {
      const row = (digits[i] as number) * dim;
      for (let c = 0; c < dim; c += 1) out[x * dim + c] = (out[x * dim + c] as number) + (part[row + c] as number);
    });
  }
  return out;
}
