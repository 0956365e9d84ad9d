import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { Rng } from './rng.ts';

/** splitmix32 step (Vigna's splitmix constants for 32 bits): the i-th output from a 32-bit seed. */
function splitmix32(seed: number, i: number): number {
  let z = (seed + Math.imul(i + 1, 0x9e3779b9)) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) | 0;
}

/**
 * A seeded `Rng` on pure-rand's xoroshiro128+. The 32-bit seed is expanded into the generator's
 * 128-bit state with four splitmix32 outputs (never all zero: splitmix32 is a bijection of its
 * counter), so nearby seeds give unrelated streams. `uniform()` is pure-rand's `uniformFloat64`
 * (two draws, 53 bits); `nextUint32()` is one draw. Same seed → same stream on every platform.
 */
export function createRng(seed: number): Rng {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const s = seed >>> 0;
  const generator = xoroshiro128plusFromState([0, 1, 2, 3].map((i) => splitmix32(s, i)));
  return {
    nextUint32: () => generator.next() >>> 0,
    uniform: () => uniformFloat64(generator),
  };
}
