import type { Monomial, Term } from './monomial.ts';

export interface LeapStep {
  monomial: Monomial;
  /** Coordinates this monomial adds to the support learned before it. */
  newCoordinates: number[];
  /** Its leap: the degree it places on new coordinates (count in the Boolean case, ℓ1 in the Hermite case). */
  cost: number;
}

export interface LeapResult {
  leap: number;
  /** One ordering of the monomials that attains the leap. */
  ordering: LeapStep[];
}

/** The degree a monomial places on coordinates outside `known`, and which coordinates those are. */
function newPart(m: Monomial, known: ReadonlySet<number>): { cost: number; coordinates: number[] } {
  const coordinates = [...m.keys()].filter((i) => !known.has(i)).sort((a, b) => a - b);
  return { cost: coordinates.reduce((s, i) => s + (m.get(i) ?? 0), 0), coordinates };
}

/**
 * Leap(f) = min over orderings π of the monomials of max_i ‖S_π(i) \ ∪_{j<i} S_π(j)‖₁ (Abbe, Boix-Adserà,
 * Misiakiewicz 2023), exactly. Learning a monomial only enlarges the known support, which never raises
 * another monomial's cost; so taking, at each step, a cheapest remaining monomial is optimal: any ordering
 * of leap L can be rearranged into the greedy one without exceeding L. Ties go to the earlier-written term.
 */
export function computeLeap(terms: readonly Term[]): LeapResult {
  const remaining = terms.map((t) => t.monomial);
  const known = new Set<number>();
  const ordering: LeapStep[] = [];
  let leap = 0;
  while (remaining.length > 0) {
    let best = 0;
    let bestPart = newPart(remaining[0] as Monomial, known);
    for (let i = 1; i < remaining.length; i += 1) {
      const part = newPart(remaining[i] as Monomial, known);
      if (part.cost < bestPart.cost) {
        best = i;
        bestPart = part;
      }
    }
    const [monomial] = remaining.splice(best, 1) as [Monomial];
    for (const i of monomial.keys()) known.add(i);
    ordering.push({ monomial, newCoordinates: bestPart.coordinates, cost: bestPart.cost });
    leap = Math.max(leap, bestPart.cost);
  }
  return { leap, ordering };
}
