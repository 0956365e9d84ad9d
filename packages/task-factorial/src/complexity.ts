import type { FactorizedTask } from './factorized-task.ts';
import { product } from './mixed-radix.ts';

type Graph = Pick<FactorizedTask, 'inputFactors' | 'outputFactors' | 'parents'>;

/**
 * Statistical complexity χ = Σ_j q_j · ∏_{i∈pa_j} p_i, as pal's projects/factorization/train.py
 * (c455666, `ExperimentalConfig.__post_init__`) computes it. An output factor without parents adds 0.
 */
export function statisticalComplexity({ inputFactors, outputFactors, parents }: Graph): number {
  return outputFactors.reduce((sum, q, j) => {
    const pa = parents[j] as number[];
    return pa.length === 0 ? sum : sum + q * product(pa.map((i) => inputFactors[i] as number));
  }, 0);
}

/** Compression complexity χ̄ = Σ_j min(q_j, ∏_{i∈pa_j} p_i) (same source); an output factor without parents adds 0. */
export function compressionComplexity({ inputFactors, outputFactors, parents }: Graph): number {
  return outputFactors.reduce((sum, q, j) => {
    const pa = parents[j] as number[];
    return pa.length === 0 ? sum : sum + Math.min(q, product(pa.map((i) => inputFactors[i] as number)));
  }, 0);
}
