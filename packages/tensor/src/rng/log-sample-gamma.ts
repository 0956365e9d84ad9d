import { logGammaVariate } from './log-gamma-variate.ts';
import type { Rng } from './rng.ts';

/** `n` values of log X, X ~ Gamma(shape, scale) (density ∝ x^(shape−1) e^(−x/scale)); finite even when X underflows. */
export function logSampleGamma(rng: Rng, n: number, shape: number, scale = 1): Float64Array {
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`gamma scale must be finite and > 0, got ${scale}`);
  const logScale = Math.log(scale);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i += 1) out[i] = logGammaVariate(rng, shape) + logScale;
  return out;
}
