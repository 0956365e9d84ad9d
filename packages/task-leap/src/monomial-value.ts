import { hermite } from './hermite.ts';
import type { Basis, Monomial } from './monomial.ts';

/**
 * The basis function of a monomial at one input row x (coordinates are 1-based: x1 is x[offset]):
 * the Walsh character ∏_{i∈S} x_i on the Boolean cube, ∏_i He_{k_i}(x_i)/√(k_i!) (unit norm) on Gaussian data.
 */
export function monomialValue(m: Monomial, x: ArrayLike<number>, offset: number, basis: Basis): number {
  let value = 1;
  for (const [i, k] of m) {
    const xi = x[offset + i - 1] as number;
    if (basis === 'boolean') value *= k % 2 === 1 ? xi : 1;
    else value *= hermite(k, xi) / Math.sqrt(factorial(k));
  }
  return value;
}

function factorial(k: number): number {
  let f = 1;
  for (let j = 2; j <= k; j += 1) f *= j;
  return f;
}
