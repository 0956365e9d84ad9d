import type { LinkName } from './outer-link.ts';

/**
 * The exact coefficient c of p in P_{≤k}h, the projection of h = g∘p onto polynomials of degree ≤ k, for the
 * suite's p (products over L disjoint k-groups) and a polynomial g, derived by expanding p^j in Hermite
 * polynomials: P_{≤k}(p³) = (3 + (3^k − 3)/L)·p, P_{≤k}(p) = p, and P_{≤k}(p²) − 1 is
 * (1/L)·Σ_i He₂(x_i), orthogonal to p (so c = 0 for he2). At L → ∞ c tends to E[g′]; the excess
 * (3^k − 3)/L is the finite-L contamination (for he3, where E[g′] = 0, it is all of c). Returns null for
 * tanh (no closed form).
 */
export function projectionCoefficient(link: LinkName, k: number, groups: number): number | null {
  const cubic = 3 + (3 ** k - 3) / groups;
  switch (link) {
    case 'cube':
      return cubic / Math.sqrt(15);
    case 'he3':
      return (cubic - 3) / Math.sqrt(6);
    case 'he2':
      return 0;
    case 'tanh':
      return null;
  }
}
