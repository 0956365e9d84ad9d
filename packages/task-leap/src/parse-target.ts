import { type Basis, type Monomial, monomialKey, type Term } from './monomial.ts';

/** A malformed expression: the message is one line, fit for a command-line error. */
export class TargetSyntaxError extends Error {
  override readonly name = 'TargetSyntaxError';
}

const TOKEN =
  /\s*(?:(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|(x(\d+)(?:\^(\d+))?)|(He(\d+)\(\s*x(\d+)\s*\))|([+\-*]))/y;

/**
 * Parses `x1 + 0.5*x1*x2 - He2(x3)`: a sum of terms, each an optional numeric coefficient times a product
 * of factors `x<i>`, `x<i>^<k>`, `He<k>(x<i>)`. Boolean (default): powers reduce mod 2 (x_i² = 1) and
 * `He` is an error. Gaussian: `x<i>^<k>` means He_k(x_i); a coordinate may appear once per term. Like
 * terms are merged and zero terms dropped.
 */
export function parseTarget(text: string, basis: Basis = 'boolean'): Term[] {
  const terms = new Map<string, Term>();
  let position = 0;
  let sign = 1;
  let coefficient: number | null = null;
  let factors = new Map<number, number>();
  let expectFactor = true;
  const fail = (what: string): never => {
    throw new TargetSyntaxError(`${what} at column ${position + 1} of "${text}"`);
  };
  const endTerm = () => {
    if (expectFactor) fail('expected a coefficient or a factor');
    const monomial: Monomial = new Map([...factors].filter(([, k]) => k > 0));
    const key = monomialKey(monomial);
    const value = sign * (coefficient ?? 1) + (terms.get(key)?.coefficient ?? 0);
    terms.set(key, { coefficient: value, monomial });
    sign = 1;
    coefficient = null;
    factors = new Map();
    expectFactor = true;
  };
  const addFactor = (coordinate: number, degree: number) => {
    if (coordinate < 1) fail(`coordinates start at x1, got x${coordinate}`);
    const before = factors.get(coordinate) ?? 0;
    if (basis === 'gaussian' && before > 0)
      fail(`x${coordinate} appears twice in one term; write x${coordinate}^k for He_k`);
    factors.set(coordinate, basis === 'boolean' ? (before + degree) % 2 : degree);
    expectFactor = false;
  };
  if (text.trim() === '') throw new TargetSyntaxError('empty expression');
  while (position < text.length) {
    TOKEN.lastIndex = position;
    const m = TOKEN.exec(text);
    if (!m) {
      if (text.slice(position).trim() === '') break;
      fail(`unexpected "${text.slice(position).trim()[0]}"`);
    }
    const [whole, number, xFactor, xIndex, xPower, heFactor, heDegree, heIndex, op] = m as RegExpExecArray;
    if (number !== undefined) {
      if (!expectFactor || coefficient !== null || factors.size > 0) fail('a coefficient must start its term');
      coefficient = Number(number);
      expectFactor = false;
    } else if (xFactor !== undefined) {
      const degree = xPower === undefined ? 1 : Number(xPower);
      if (degree < 1) fail('a power must be at least 1');
      addFactor(Number(xIndex), degree);
    } else if (heFactor !== undefined) {
      if (basis === 'boolean') fail('He_k is for Gaussian targets (use --gaussian)');
      if (Number(heDegree) < 1) fail('He_k needs k ≥ 1');
      addFactor(Number(heIndex), Number(heDegree));
    } else if (op === '*') {
      if (expectFactor) fail('"*" needs something before it');
      expectFactor = true;
    } else if (op === '+' || op === '-') {
      if (expectFactor && (coefficient !== null || factors.size > 0)) fail(`"${op}" after "*"`);
      if (!expectFactor) endTerm();
      else if (terms.size > 0 || position > 0) fail(`"${op}" needs a term before it`);
      sign = op === '-' ? -sign : sign;
    }
    position += (whole as string).length;
  }
  endTerm();
  return [...terms.values()].filter((t) => t.coefficient !== 0);
}
