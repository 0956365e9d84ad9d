import type { CellParams, CellSpec, Tier } from '@repro/claims';

/** ε, γ and the link of the transition sweeps (CLAIMS.md §4.3: ε = 0.5, γ = 0.25 power-law B, g = id). */
export const EPS = 0.5;
export const GAMMA = 0.25;
/** NMSE level that defines the transition α (CLAIMS.md C4a.1). */
export const TRANSITION_NMSE = 0.5;

export const SEEDS: Record<Tier, number> = { smoke: 2, quick: 5, full: 5 };
/** The two dimensions compared for the trend (small, large) and the one where the models are compared. */
export const DIMS: Record<Tier, [number, number]> = { smoke: [8, 10], quick: [20, 30], full: [60, 120] };
const ALPHAS: Record<Tier, number[]> = {
  smoke: [2, 2.5, 3, 3.5, 4, 4.5],
  quick: [2.5, 2.75, 3, 3.25, 3.5, 3.75, 4, 4.25],
  full: [2.25, 2.5, 2.75, 3, 3.25, 3.5, 3.75, 4],
};
/** Subspace-iteration passes of each fit (the authors' n_iter_C_max). */
const ITERS = 15;
/**
 * Smoke and quick: largest n·d(d+1)/2 (float32 feature entries held at once, on the host and on the backend) per
 * cell; the grid stops where n = d^α would exceed it (quick: 8·10⁷ entries, 320 MB; the training stream keeps such
 * draws in memory).
 */
const MAX_ENTRIES: Record<'smoke' | 'quick', number> = { smoke: 2e6, quick: 8e7 };
/**
 * Full: a compute bound instead, the training draw being streamed (regenerated chunk by chunk on every pass): the
 * grid stops where Σ_α n·d(d+1)/2·(iters + 2) (feature entries read: `iters` operator passes, one for B̂, one for
 * the calibration) would exceed 4·10¹², i.e. α ≤ 4 at d = 60 and α ≤ 3.5 at d = 120.
 */
const MAX_PASS_ENTRIES = 4e12;

export function alphaGrid(tier: Tier, d: number): number[] {
  const dim = (d * (d + 1)) / 2;
  const n = (a: number) => Math.floor(d ** a + 1e-9);
  if (tier !== 'full') return ALPHAS[tier].filter((a) => n(a) * dim <= MAX_ENTRIES[tier]);
  let total = 0;
  return ALPHAS.full.filter((a) => {
    total += n(a) * dim * (ITERS + 2);
    return total <= MAX_PASS_ENTRIES;
  });
}

/**
 * Training points of the input-space baselines (kernel ridge on x, random features), the first of each real-input
 * curve's draw at the larger d: the kernel's Float64 Cholesky costs n³/3 per ridge (the catalog's cap is 4000).
 */
export const KERNEL_CAP: Record<Tier, number> = { smoke: 300, quick: 1500, full: 4000 };
/** Kernel ridges tried (best on the test set is reported, which favours the baseline). */
export const KERNEL_LAMBDAS = [1e-2, 1e-1, 1];
/** Random-features ridges (times n; best on the test set reported) and width. */
export const RF_LAMBDAS = [1e-2, 1e-1, 1];
const RF_WIDTH: Record<Tier, number> = { smoke: 100, quick: 500, full: 2000 };

export function curveParams(tier: Tier, d: number, model: 'true' | 'gauss', shuffle: boolean): CellParams {
  const baselines: CellParams =
    model === 'true' && d === DIMS[tier][1] ? { kernelCap: KERNEL_CAP[tier], rfWidth: RF_WIDTH[tier] } : {};
  return {
    ...baselines,
    d,
    eps: EPS,
    gamma: GAMMA,
    model,
    shuffle,
    alphas: alphaGrid(tier, d).join(','),
    test: tier === 'smoke' ? 1000 : 4000,
    oversample: 10,
    iters: ITERS,
  };
}

export function curveCells(tier: Tier, arm: CellSpec['arm'], params: CellParams): CellSpec[] {
  return Array.from({ length: SEEDS[tier] }, (_, replicate) => ({ arm, params, replicate }));
}
