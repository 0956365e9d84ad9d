/** The outer function g of h = g∘p (CLAIMS.md §5.1); each is normalized to unit variance for z ~ N(0, 1). */
export type LinkName = 'cube' | 'tanh' | 'he3' | 'he2';

export const LINK_NAMES: readonly LinkName[] = ['cube', 'tanh', 'he3', 'he2'];

/** Var tanh(z) for z ~ N(0, 1) (numerical quadrature, 1e-9 accurate). */
const TANH_VAR = 0.3942944903978473;

const LINKS: Record<LinkName, { formula: string; degree: number | null; g: (z: number) => number }> = {
  cube: { formula: 'z³/√15', degree: 3, g: (z) => (z * z * z) / Math.sqrt(15) },
  tanh: { formula: 'tanh(z)/sd', degree: null, g: (z) => Math.tanh(z) / Math.sqrt(TANH_VAR) },
  he3: { formula: '(z³ − 3z)/√6', degree: 3, g: (z) => (z * z * z - 3 * z) / Math.sqrt(6) },
  he2: { formula: '(z² − 1)/√2', degree: 2, g: (z) => (z * z - 1) / Math.SQRT2 },
};

export function isLinkName(name: string): name is LinkName {
  return (LINK_NAMES as readonly string[]).includes(name);
}

/** g applied elementwise. */
export function applyLink(name: LinkName, z: ArrayLike<number>): Float64Array {
  const { g } = LINKS[name];
  const out = new Float64Array(z.length);
  for (let i = 0; i < z.length; i += 1) out[i] = g(z[i] as number);
  return out;
}

export function linkFormula(name: LinkName): string {
  return LINKS[name].formula;
}

/** The polynomial degree q of g (null for tanh). */
export function linkDegree(name: LinkName): number | null {
  return LINKS[name].degree;
}

/**
 * E_{z~N(0,1)}[g′(z)] = E[z·g(z)] (Stein), by the trapezoid rule on [−12, 12] with step 1e-3: the
 * coefficient of p in the approximate Stein lemma P_k h ≈ E[g′]·p. Zero for he3 and he2.
 */
export function linkSlope(name: LinkName): number {
  const { g } = LINKS[name];
  const h = 1e-3;
  let s = 0;
  for (let z = -12; z <= 12 + 1e-12; z += h) s += z * g(z) * Math.exp(-0.5 * z * z);
  return (s * h) / Math.sqrt(2 * Math.PI);
}
