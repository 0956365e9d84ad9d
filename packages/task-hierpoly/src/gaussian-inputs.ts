import { type Rng, sampleNormal } from '@repro/tensor';

/** n inputs x ~ N(0, I_d), row-major n×d float32. */
export function gaussianInputs(rng: Rng, n: number, d: number): Float32Array {
  return sampleNormal(rng, n * d);
}
