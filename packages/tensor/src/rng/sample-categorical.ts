import type { Rng } from './rng.ts';

/**
 * `n` category indices drawn with probabilities proportional to `probs` (non-negative weights, not
 * necessarily normalized, positive total): inversion of the float64 cumulative sum by binary search.
 * Zero-weight categories are never drawn.
 */
export function sampleCategorical(rng: Rng, n: number, probs: ArrayLike<number>): Int32Array {
  const k = probs.length;
  const cdf = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < k; i += 1) {
    const p = probs[i] as number;
    if (!(p >= 0) || !Number.isFinite(p))
      throw new RangeError(`sampleCategorical: probs[${i}] = ${p} is not a finite weight ≥ 0`);
    total += p;
    cdf[i] = total;
  }
  if (!(total > 0)) throw new RangeError('sampleCategorical: the weights sum to 0');
  const out = new Int32Array(n);
  for (let s = 0; s < n; s += 1) {
    const u = rng.uniform() * total;
    let lo = 0;
    let hi = k - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cdf[mid] as number) > u) hi = mid;
      else lo = mid + 1;
    }
    out[s] = lo;
  }
  return out;
}
