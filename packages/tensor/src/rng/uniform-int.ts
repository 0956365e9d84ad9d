import type { Rng } from './rng.ts';

const TWO_32 = 2 ** 32;

/** A uniform integer in [0, n), unbiased (rejection of the top partial block of 2^32); 1 ≤ n ≤ 2^32. */
export function uniformInt(rng: Rng, n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > TWO_32)
    throw new RangeError(`uniformInt: n must be an integer in [1, 2^32], got ${n}`);
  const limit = TWO_32 - (TWO_32 % n);
  let x = rng.nextUint32();
  while (x >= limit) x = rng.nextUint32();
  return x % n;
}
