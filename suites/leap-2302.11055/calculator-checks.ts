import { type Basis, computeLeap, type Monomial, parseTarget, type Term } from '@repro/task-leap';
import { type Rng, uniformInt } from '@repro/tensor';

/** The examples table of CLAIMS.md §3.1: target, basis, leap. */
export const LEAP_TABLE: [string, Basis, number][] = [
  ['x1 + x1*x2 + x1*x2*x3 + x1*x2*x3*x4', 'boolean', 1],
  ['x1 + x1*x2 + x1*x2*x3', 'boolean', 1],
  ['x1*x2', 'boolean', 2],
  ['x1 + x1*x2*x3', 'boolean', 2],
  ['x1*x2 + x1*x2*x3*x4', 'boolean', 2],
  ['x1 + x1*x2*x3 + x1*x2*x3*x4*x5', 'boolean', 2],
  ['x1*x2*x3', 'boolean', 3],
  ['x1 + x1*x2*x3*x4', 'boolean', 3],
  ['x1*x2*x3*x4', 'boolean', 4],
  ['He2(x1)', 'gaussian', 2],
  ['He3(x1)', 'gaussian', 3],
  ['x1 + x1*He2(x2)', 'gaussian', 2],
  ['x1 + x1*x2 + x1*x2*x3', 'gaussian', 1],
];

export type LeapFunction = (terms: readonly Term[]) => number;

/** The calculator under test. */
export const exactLeap: LeapFunction = (terms) => computeLeap(terms).leap;

/** The control: the same calculator fed set monomials, i.e. counting new coordinates and ignoring Hermite degree. */
export const leapIgnoringMultiplicity: LeapFunction = (terms) =>
  computeLeap(terms.map((t) => ({ ...t, monomial: new Map([...t.monomial.keys()].map((i) => [i, 1])) }))).leap;

const degree = (m: Monomial) => [...m.values()].reduce((s, k) => s + k, 0);

/** Leap by the definition: the minimum over every ordering (exhaustive; fine up to 6 monomials). */
export function exhaustiveLeap(terms: readonly Term[]): number {
  const ms = terms.map((t) => t.monomial);
  let best = Number.POSITIVE_INFINITY;
  const visit = (left: Monomial[], known: Set<number>, worst: number) => {
    if (worst >= best) return;
    if (left.length === 0) {
      best = worst;
      return;
    }
    left.forEach((m, i) => {
      const cost = [...m].filter(([c]) => !known.has(c)).reduce((s, [, k]) => s + k, 0);
      visit(
        left.filter((_, j) => j !== i),
        new Set([...known, ...m.keys()]),
        Math.max(worst, cost),
      );
    });
  };
  visit(ms, new Set(), 0);
  return best;
}

/** A random target: 1–5 monomials on x1..x6, Boolean (sets) or Gaussian (degrees 1–3 per coordinate). */
export function randomTerms(rng: Rng, basis: Basis): Term[] {
  const terms = new Map<string, Term>();
  const count = 1 + uniformInt(rng, 5);
  while (terms.size < count) {
    const m = new Map<number, number>();
    const size = 1 + uniformInt(rng, 4);
    for (let k = 0; k < size; k += 1) m.set(1 + uniformInt(rng, 6), basis === 'boolean' ? 1 : 1 + uniformInt(rng, 3));
    terms.set(JSON.stringify([...m].sort()), { coefficient: 1, monomial: m });
  }
  return [...terms.values()];
}

export type CalculatorChecks = {
  table: { text: string; basis: Basis; expected: number; got: number }[];
  /** Random targets checked against the three properties. */
  random: number;
  /** Failures of: leap = exhaustive minimum; leap ≤ max monomial degree; adding a monomial inside the support never raises it. */
  failures: { exhaustive: number; degreeBound: number; monotone: number };
};

/** Runs every check on one calculator. */
export function runCalculatorChecks(leap: LeapFunction, rng: Rng, randomTargets: number): CalculatorChecks {
  const table = LEAP_TABLE.map(([text, basis, expected]) => ({
    text,
    basis,
    expected,
    got: leap(parseTarget(text, basis)),
  }));
  const failures = { exhaustive: 0, degreeBound: 0, monotone: 0 };
  for (let n = 0; n < randomTargets; n += 1) {
    const basis: Basis = n % 2 === 0 ? 'boolean' : 'gaussian';
    const terms = randomTerms(rng, basis);
    const value = leap(terms);
    if (value !== exhaustiveLeap(terms)) failures.exhaustive += 1;
    if (value > Math.max(...terms.map((t) => degree(t.monomial)))) failures.degreeBound += 1;
    const support = [...new Set(terms.flatMap((t) => [...t.monomial.keys()]))];
    const extra = new Map<number, number>();
    for (const c of support) if (rng.uniform() < 0.5) extra.set(c, basis === 'boolean' ? 1 : 1 + uniformInt(rng, 3));
    if (extra.size > 0 && leap([...terms, { coefficient: 1, monomial: extra }]) > value) failures.monotone += 1;
  }
  return { table, random: randomTargets, failures };
}
