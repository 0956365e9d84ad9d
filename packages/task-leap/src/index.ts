export { computeLeap, type LeapResult, type LeapStep } from './leap.ts';
export { type Basis, formatMonomial, type Monomial, monomialKey, type Term } from './monomial.ts';
export { parseTarget, TargetSyntaxError } from './parse-target.ts';
