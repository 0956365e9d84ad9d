import type { CellParams, Tier } from '@repro/claims';

/** Sample sizes of every learning curve: n = multiplier·d^k. */
export const MULTIPLIERS = [1, 2, 4, 8, 16, 32] as const;
/** C5.1: corr(η̂, p) is read at n = 16·d^k; C5.2: NMSE at n = 32·d^k. */
export const CORR_MULTIPLIER = 16;
export const NMSE_MULTIPLIER = 32;
/** Seeds per grid point (CLAIMS.md §0.3: at least 3). */
export const SEEDS: Record<Tier, number> = { smoke: 2, quick: 5, full: 5 };

const TEST: Record<Tier, { test: number; validation: number; kernelCap: number }> = {
  smoke: { test: 1000, validation: 500, kernelCap: 300 },
  quick: { test: 4000, validation: 2000, kernelCap: 1500 },
  full: { test: 8000, validation: 4000, kernelCap: 4000 },
};

/** k = 2 dimensions of the feature-correlation claim (every d of the tier) and of the exponent fit. */
export const CORR_DIMS: Record<Tier, number[]> = { smoke: [6, 8], quick: [12, 16], full: [12, 16, 24, 32, 40, 48] };
export const EXPONENT_DIMS: Record<Tier, number[]> = { smoke: [6, 8], quick: [12, 16], full: [16, 24, 32, 40, 48] };
/** k = 2 dimensions where C5.2 is judged (d ≥ 16 from the quick tier on). */
export const SEPARATION_DIMS: Record<Tier, number[]> = { smoke: [8], quick: [16], full: [16, 24, 32] };
/** k = 3 row of C5.2. */
export const CUBIC_DIMS: Record<Tier, number[]> = { smoke: [6], quick: [9], full: [9, 12, 15] };

/** Baselines are run where the separation is judged (their cost grows as m₁³ and kernelCap³). */
function withBaselines(tier: Tier, k: number, d: number): boolean {
  return k === 3 ? CUBIC_DIMS[tier].includes(d) : SEPARATION_DIMS[tier].includes(d);
}

/** First-layer width: 3d² for k = 2 (≥ the (d+1)(d+2)/2 monomials of degree ≤ 2); 2·C(d+2, 3) for k = 3, capped at 4000. */
export function firstLayerWidth(k: number, d: number): number {
  if (k === 2) return 3 * d * d;
  return Math.min(4000, ((d + 2) * (d + 1) * d) / 3);
}

/** The canonical parameters of one layer-wise learning curve: every claim that reads (k, d, link) shares its cell. */
export function layerwiseParams(tier: Tier, k: number, d: number, link: string): CellParams {
  const sizes = TEST[tier];
  return {
    k,
    d,
    link,
    grid: MULTIPLIERS.join(','),
    width: firstLayerWidth(k, d),
    baselines: link === 'cube' && withBaselines(tier, k, d),
    test: sizes.test,
    validation: sizes.validation,
    kernelCap: sizes.kernelCap,
  };
}
