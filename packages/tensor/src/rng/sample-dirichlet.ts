import { logGammaVariate } from './log-gamma-variate.ts';
import type { Rng } from './rng.ts';

/**
 * One draw from Dirichlet(alpha) in float64: G_i ~ Gamma(alpha_i) as logs, normalized in log space
 * (p_i = exp(log G_i − max) / Σ exp(log G_j − max)). The largest component is exp(0) = 1 before
 * normalizing, so even alpha ≪ 1 (e.g. 0.001 over 100 categories, where every G_i underflows) gives
 * finite values summing to 1, never NaN or all zeros.
 */
export function sampleDirichlet(rng: Rng, alpha: ArrayLike<number>): Float64Array {
  const k = alpha.length;
  if (k === 0) throw new RangeError('sampleDirichlet: alpha is empty');
  const out = new Float64Array(k);
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < k; i += 1) {
    const g = logGammaVariate(rng, alpha[i] as number);
    out[i] = g;
    if (g > max) max = g;
  }
  let sum = 0;
  for (let i = 0; i < k; i += 1) {
    const w = Math.exp((out[i] as number) - max);
    out[i] = w;
    sum += w;
  }
  for (let i = 0; i < k; i += 1) out[i] = (out[i] as number) / sum;
  return out;
}
