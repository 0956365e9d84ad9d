import type { Rng } from './rng.ts';

/** The largest float32 strictly below the float32 `x`. */
function float32Below(x: number): number {
  const bits = new Int32Array(new Float32Array([x]).buffer);
  if (x === 0) return -(2 ** -149);
  bits[0] = (bits[0] as number) + (x > 0 ? -1 : 1);
  return new Float32Array(bits.buffer)[0] as number;
}

/**
 * `n` uniform values in [lo, hi) as float32: lo + (hi − lo)·u computed in float64; a value that
 * rounds up to hi in float32 is moved to the float32 just below hi, so hi is never returned.
 */
export function sampleUniform(rng: Rng, n: number, lo = 0, hi = 1): Float32Array {
  if (!(hi > lo)) throw new RangeError(`sampleUniform: need lo < hi, got [${lo}, ${hi})`);
  const out = new Float32Array(n);
  const rounded = Math.fround(hi);
  const below = rounded < hi ? rounded : float32Below(rounded);
  for (let i = 0; i < n; i += 1) {
    const value = Math.fround(lo + (hi - lo) * rng.uniform());
    out[i] = value >= hi ? below : value;
  }
  return out;
}
