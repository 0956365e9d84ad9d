import { normalPair, type Rng } from '@repro/tensor';
import type { Basis } from './monomial.ts';

/**
 * `n` inputs in dimension `d`, row-major (n × d) in float64: uniform on the Boolean cube {±1}^d
 * (`boolean`, one rng bit per coordinate) or isotropic Gaussian N(0, I_d) (`gaussian`, polar method).
 */
export function sampleInputs(rng: Rng, n: number, d: number, basis: Basis): Float64Array {
  const out = new Float64Array(n * d);
  if (basis === 'boolean') {
    let bits = 0;
    for (let i = 0; i < out.length; i += 1) {
      if (i % 32 === 0) bits = rng.nextUint32();
      out[i] = bits & 1 ? 1 : -1;
      bits >>>= 1;
    }
    return out;
  }
  for (let i = 0; i < out.length; i += 2) {
    const [a, b] = normalPair(rng);
    out[i] = a;
    if (i + 1 < out.length) out[i + 1] = b;
  }
  return out;
}
