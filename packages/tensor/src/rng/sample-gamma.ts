import { logSampleGamma } from './log-sample-gamma.ts';
import type { Rng } from './rng.ts';

/**
 * `n` values X ~ Gamma(shape, scale) (mean shape·scale) in float64, by Marsaglia–Tsang; for shape < 1
 * through the log-space boost (see `logGammaVariate`). Values below ~1e-308 underflow to 0: use
 * `logSampleGamma` when they matter.
 */
export function sampleGamma(rng: Rng, n: number, shape: number, scale = 1): Float64Array {
  const out = logSampleGamma(rng, n, shape, scale);
  for (let i = 0; i < n; i += 1) out[i] = Math.exp(out[i] as number);
  return out;
}
