import type { CellParams, CellSpec, Tier } from '@repro/claims';

/**
 * The sequential-recovery sweep (CLAIMS.md §4.4, scaled): Gaussian-equivalent model, ε = 0.75 so that
 * p = ⌊d^0.75⌋ directions (9 at d = 20), power-law B with γ = 0.8 (γ ≥ ½: α_th(i) = 2 + 2γ·ln i/ln d), g = id.
 */
export const RECOVERY_EPS = 0.75;
export const RECOVERY_GAMMA = 0.8;
/** A direction counts as recovered when its squared projection on the estimated span exceeds 0.5. */
export const RECOVERED = 0.5;
/** "Above threshold" for the rate claim: seed-mean recovery at least 0.8. */
export const ABOVE = 0.8;

const D: Record<Tier, number> = { smoke: 8, quick: 20, full: 40 };
const SEEDS: Record<Tier, number> = { smoke: 2, quick: 3, full: 5 };
const ALPHAS: Record<Tier, number[]> = {
  smoke: [2, 2.5, 3, 3.5, 4],
  quick: [2, 2.25, 2.5, 2.75, 3, 3.25, 3.5, 3.75, 4],
  full: [1.8, 1.9, 2, 2.1, 2.2, 2.3, 2.4, 2.5, 2.6, 2.7, 2.8, 2.9, 3, 3.1, 3.2],
};

export function recoveryDim(tier: Tier): number {
  return D[tier];
}

export function recoveryParams(tier: Tier, gamma: number, shuffle: boolean): CellParams {
  return {
    d: D[tier],
    eps: RECOVERY_EPS,
    gamma,
    model: 'gauss',
    shuffle,
    alphas: ALPHAS[tier].join(','),
    test: 1000,
    oversample: 10,
    iters: 15,
  };
}

export function recoveryCells(tier: Tier, arm: CellSpec['arm'], params: CellParams): CellSpec[] {
  return Array.from({ length: SEEDS[tier] }, (_, replicate) => ({ arm, params, replicate }));
}

/** α_th(i) of CLAIMS.md §4.4 (the authors' `alpha_th`), direction i = 1, 2, … */
export function alphaThreshold(i: number, d: number, eps: number, gamma: number): number {
  if (gamma === 0) return 2 + eps;
  const tilt = (2 * gamma * Math.log(i)) / Math.log(d);
  return gamma < 0.5 ? 2 + (1 - 2 * gamma) * eps + tilt : 2 + tilt;
}

/** m_th(α) = clip(⌊d^{(α − α_th(1))/2γ}⌋, 0, p) for γ > 0. */
export function predictedRank(alpha: number, d: number, eps: number, gamma: number, p: number): number {
  const m = Math.floor(d ** ((alpha - alphaThreshold(1, d, eps, gamma)) / (2 * gamma)) + 1e-9);
  return Math.max(0, Math.min(p, alpha < alphaThreshold(1, d, eps, gamma) ? 0 : m));
}
