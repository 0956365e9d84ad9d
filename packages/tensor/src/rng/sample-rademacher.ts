import type { Rng } from './rng.ts';

/** `n` independent signs ±1 (probability ½ each) as float32; one `nextUint32` gives 32 signs (low bit first). */
export function sampleRademacher(rng: Rng, n: number): Float32Array {
  const out = new Float32Array(n);
  let bits = 0;
  for (let i = 0; i < n; i += 1) {
    if (i % 32 === 0) bits = rng.nextUint32();
    out[i] = bits & 1 ? 1 : -1;
    bits >>>= 1;
  }
  return out;
}
