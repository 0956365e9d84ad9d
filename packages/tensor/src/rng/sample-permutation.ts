import type { Rng } from './rng.ts';
import { uniformInt } from './uniform-int.ts';

/** A uniform random permutation of 0 … n−1 (Fisher–Yates, from the top, with unbiased `uniformInt`). */
export function samplePermutation(rng: Rng, n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i += 1) out[i] = i;
  for (let i = n - 1; i > 0; i -= 1) {
    const j = uniformInt(rng, i + 1);
    const t = out[i] as number;
    out[i] = out[j] as number;
    out[j] = t;
  }
  return out;
}
