import { normalPair } from '../rng/normal-pair.ts';
import type { Rng } from '../rng/rng.ts';

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i += 1) s += (a[i] as number) * (b[i] as number);
  return s;
}

/**
 * Orthonormalizes `vectors` in place, in order, by modified Gram–Schmidt applied twice ("twice is
 * enough": orthogonal to rounding). A vector that is (numerically) in the span of the previous ones
 * is replaced by a random normal vector from `rng`, orthonormalized the same way, so the result is
 * always a full orthonormal set (needs vectors.length ≤ dimension).
 */
export function orthonormalize(vectors: Float64Array[], rng: Rng): void {
  for (let i = 0; i < vectors.length; i += 1) {
    let v = vectors[i] as Float64Array;
    for (let attempt = 0; ; attempt += 1) {
      const before = Math.sqrt(dot(v, v));
      for (let pass = 0; pass < 2; pass += 1) {
        for (let j = 0; j < i; j += 1) {
          const u = vectors[j] as Float64Array;
          const c = dot(u, v);
          for (let k = 0; k < v.length; k += 1) v[k] = (v[k] as number) - c * (u[k] as number);
        }
      }
      const after = Math.sqrt(dot(v, v));
      if (after > 1e-10 * before && after > 0) {
        for (let k = 0; k < v.length; k += 1) v[k] = (v[k] as number) / after;
        break;
      }
      if (attempt > 10) throw new Error('orthonormalize: more vectors than dimensions');
      v = new Float64Array(v.length);
      for (let k = 0; k < v.length; k += 2) {
        const [a, b] = normalPair(rng);
        v[k] = a;
        if (k + 1 < v.length) v[k + 1] = b;
      }
      vectors[i] = v;
    }
  }
}
