/** The basis a target is written in: Walsh monomials on the Boolean cube, Hermite products on Gaussian data. */
export type Basis = 'boolean' | 'gaussian';

/**
 * One basis function: coordinate → degree. Boolean monomials have degree 1 on each coordinate they touch
 * (∏ x_i over the set); Gaussian ones are ∏ He_{k_i}(x_i). The empty map is the constant.
 */
export type Monomial = ReadonlyMap<number, number>;

export interface Term {
  coefficient: number;
  monomial: Monomial;
}

/** A canonical text for a monomial (coordinates ascending), used to merge like terms. */
export function monomialKey(m: Monomial): string {
  return [...m.entries()]
    .sort(([a], [b]) => a - b)
    .map(([i, k]) => `${i}^${k}`)
    .join('*');
}

/** Human form: `x1*x2` (Boolean) or `He2(x1)*x3` (Gaussian); `1` for the constant. */
export function formatMonomial(m: Monomial, basis: Basis): string {
  if (m.size === 0) return '1';
  return [...m.entries()]
    .sort(([a], [b]) => a - b)
    .map(([i, k]) => (basis === 'boolean' || k === 1 ? `x${i}` : `He${k}(x${i})`))
    .join('*');
}
