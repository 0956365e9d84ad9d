import { normalPair } from './normal-pair.ts';
import type { Rng } from './rng.ts';

/** `n` normal values N(mean, std²) as float32, drawn in pairs by the polar method in float64. */
export function sampleNormal(rng: Rng, n: number, mean = 0, std = 1): Float32Array {
  if (!(std >= 0)) throw new RangeError(`sampleNormal: std must be ≥ 0, got ${std}`);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i += 2) {
    const [a, b] = normalPair(rng);
    out[i] = mean + std * a;
    if (i + 1 < n) out[i + 1] = mean + std * b;
  }
  return out;
}
