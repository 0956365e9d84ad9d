import { computeLeap } from './leap.ts';
import { type Basis, formatMonomial, type Monomial, type Term } from './monomial.ts';
import { monomialValue } from './monomial-value.ts';
import { parseTarget } from './parse-target.ts';

/** A target f* = Σ_S c_S·φ_S(x) in an orthonormal basis (Walsh, or normalized Hermite), with E f*² = 1. */
export interface LeapTarget {
  text: string;
  basis: Basis;
  /** Monomials with unit-variance coefficients, in the written order (the constant term is dropped). */
  terms: Term[];
  /** Names of the monomials (`x1*x2`, `He2(x1)*x3`). */
  names: string[];
  leap: number;
  /** Indices into `terms` of one leap-minimizing ordering (from `computeLeap`). */
  order: number[];
  /** Support size: the largest coordinate index used. */
  support: number[];
}

/**
 * Parses a target and scales it to unit variance. Coefficients are those of the orthonormal basis: Walsh
 * characters on the cube; on Gaussian data He_k(x_i) written in the text becomes √(k!)·(He_k/√(k!)), so
 * `He2(x1)` and `x1^2` (Gaussian mode) have variance 2 before the scaling. The constant is dropped (the
 * variance is that of f* − E f*).
 */
export function leapTarget(text: string, basis: Basis = 'boolean'): LeapTarget {
  const parsed = parseTarget(text, basis).filter((t) => t.monomial.size > 0);
  if (parsed.length === 0) throw new RangeError(`target "${text}" has no non-constant term`);
  const scaled = parsed.map((t) => ({
    coefficient: t.coefficient * Math.sqrt(hermiteNorm2(t.monomial, basis)),
    monomial: t.monomial,
  }));
  const norm = Math.sqrt(scaled.reduce((s, t) => s + t.coefficient * t.coefficient, 0));
  const terms = scaled.map((t) => ({ coefficient: t.coefficient / norm, monomial: t.monomial }));
  const { leap, ordering } = computeLeap(terms);
  const order = ordering.map((step) => terms.findIndex((t) => t.monomial === step.monomial));
  const support = [...new Set(terms.flatMap((t) => [...t.monomial.keys()]))].sort((a, b) => a - b);
  return { text, basis, terms, names: terms.map((t) => formatMonomial(t.monomial, basis)), leap, order, support };
}

function hermiteNorm2(m: Monomial, basis: Basis): number {
  if (basis === 'boolean') return 1;
  let v = 1;
  for (const k of m.values()) for (let j = 2; j <= k; j += 1) v *= j;
  return v;
}

/** f*(x) for each of the `n` rows of x (n × d); rows must have d ≥ the largest coordinate of the target. */
export function evaluateTarget(target: LeapTarget, x: Float64Array, n: number, d: number): Float64Array {
  const y = new Float64Array(n);
  for (let r = 0; r < n; r += 1) {
    let s = 0;
    for (const t of target.terms) s += t.coefficient * monomialValue(t.monomial, x, r * d, target.basis);
    y[r] = s;
  }
  return y;
}
