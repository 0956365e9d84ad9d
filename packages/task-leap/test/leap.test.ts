import { createRng, uniformInt } from '@repro/tensor';
import { describe, expect, it } from 'vitest';
import { computeLeap } from '../src/leap.ts';
import { type Basis, formatMonomial, type Monomial, type Term } from '../src/monomial.ts';
import { parseTarget } from '../src/parse-target.ts';

const leapOf = (text: string, basis: Basis = 'boolean') => computeLeap(parseTarget(text, basis)).leap;

// CLAIMS.md §3.1, examples table (each recomputed from the definition by hand).
const EXAMPLES: [string, Basis, number][] = [
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

describe('computeLeap(parseTarget(text, basis))', () => {
  it.each(EXAMPLES)('leap of %s (%s) is %i', (text, basis, leap) => {
    expect(leapOf(text, basis)).toBe(leap);
  });

  it('gives an ordering that attains the leap and covers every monomial once', () => {
    const { leap, ordering } = computeLeap(parseTarget('x1*x2*x3*x4*x5 + x1 + x1*x2*x3'));
    expect(leap).toBe(2);
    expect(ordering.map((s) => formatMonomial(s.monomial, 'boolean'))).toEqual(['x1', 'x1*x2*x3', 'x1*x2*x3*x4*x5']);
    expect(ordering.map((s) => s.newCoordinates)).toEqual([[1], [2, 3], [4, 5]]);
  });

  it('counts Hermite degree on new coordinates with multiplicity', () => {
    expect(leapOf('He2(x1) + He2(x1)*He3(x2)', 'gaussian')).toBe(3);
    expect(leapOf('x1^2*x2', 'gaussian')).toBe(3);
    expect(leapOf('x1^2*x2', 'boolean')).toBe(1);
  });

  it('a constant target has leap 0', () => {
    expect(leapOf('3')).toBe(0);
    expect(leapOf('x1*x1')).toBe(0);
  });
});

/** Exhaustive min over orderings of the max new-degree: the definition itself, for small targets. */
function bruteForceLeap(monomials: Monomial[]): number {
  let best = Number.POSITIVE_INFINITY;
  const visit = (left: Monomial[], known: Set<number>, worst: number) => {
    if (worst >= best) return;
    if (left.length === 0) {
      best = worst;
      return;
    }
    left.forEach((m, i) => {
      const cost = [...m].filter(([c]) => !known.has(c)).reduce((s, [, k]) => s + k, 0);
      visit([...left.slice(0, i), ...left.slice(i + 1)], new Set([...known, ...m.keys()]), Math.max(worst, cost));
    });
  };
  visit(monomials, new Set(), 0);
  return best;
}

function randomTarget(seed: number, basis: Basis): Term[] {
  const rng = createRng(seed);
  const count = 1 + uniformInt(rng, 5);
  return Array.from({ length: count }, () => {
    const monomial = new Map<number, number>();
    const size = 1 + uniformInt(rng, 4);
    for (let j = 0; j < size; j += 1)
      monomial.set(1 + uniformInt(rng, 7), basis === 'boolean' ? 1 : 1 + uniformInt(rng, 3));
    return { coefficient: 1, monomial };
  });
}

describe('computeLeap(terms) on 300 seeded random targets', () => {
  const seeds = Array.from({ length: 300 }, (_, i) => i);
  it('equals the exhaustive minimum over orderings', () => {
    for (const seed of seeds) {
      for (const basis of ['boolean', 'gaussian'] as const) {
        const terms = randomTarget(seed, basis);
        expect(computeLeap(terms).leap, `seed ${seed} ${basis}`).toBe(bruteForceLeap(terms.map((t) => t.monomial)));
      }
    }
  });
  it('never exceeds the largest monomial degree', () => {
    for (const seed of seeds) {
      const terms = randomTarget(seed, 'gaussian');
      const maxDegree = Math.max(...terms.map((t) => [...t.monomial.values()].reduce((s, k) => s + k, 0)));
      expect(computeLeap(terms).leap).toBeLessThanOrEqual(maxDegree);
    }
  });
  it('never rises when a monomial inside the support is added', () => {
    for (const seed of seeds) {
      const terms = randomTarget(seed, 'boolean');
      const support = [...new Set(terms.flatMap((t) => [...t.monomial.keys()]))];
      const rng = createRng(seed + 10_000);
      const inside = new Map(support.filter(() => rng.uniform() < 0.5).map((i) => [i, 1] as const));
      expect(computeLeap([...terms, { coefficient: 1, monomial: inside }]).leap).toBeLessThanOrEqual(
        computeLeap(terms).leap,
      );
    }
  });
});
