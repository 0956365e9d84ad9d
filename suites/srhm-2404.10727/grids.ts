import type { CellSpec, Tier } from '@repro/claims';
import type { NetKind, Sparsity } from '@repro/task-hierarchy';
import { configParams, type SrhmConfig } from './srhm-cell.ts';

/** CNN constant C1 of P* ≈ C1·(s0+1)²·n_c·m^L for s = 2 (the authors' reference line `2.5*ps`). */
export const C1 = 2.5;
/** LCN constant C0 = c·s^{L/2}, c between 1 and 2.5 (reference lines of scale_P_TASK-LCN.ipynb); grids use c = 1.6. */
export const LCN_C = 1.6;

/** Predicted P* per class (n_c = m = v, s = 2): CNN C1·(s0+1)²·v^L, LCN c·2^{L/2}·(s0+1)^L·v^L. */
export function predictedPerClass(net: NetKind, depth: number, s0: number, v: number): number {
  return net === 'cnn' ? C1 * (s0 + 1) ** 2 * v ** depth : LCN_C * 2 ** (depth / 2) * (s0 + 1) ** depth * v ** depth;
}

/** Per-class training sizes: predicted P* per class × factors, rounded to multiples of 4, distinct, ≤ cap. */
export function gridAround(center: number, factors: readonly number[], cap = Number.POSITIVE_INFINITY): number[] {
  const sizes = factors.map((f) => Math.min(cap, Math.max(4, 4 * Math.round((center * f) / 4))));
  return [...new Set(sizes)].sort((a, b) => a - b);
}

/** Six points at 6.6 per decade around the prediction (quick), seven (full). */
export const FACTORS: Record<Tier, number[]> = {
  smoke: [0.1, 0.2],
  quick: [0.35, 0.5, 0.71, 1, 1.41, 2],
  full: [0.35, 0.5, 0.71, 1, 1.41, 2, 2.83],
};

export interface Sizes {
  replicates: number;
  controlReplicates: number;
  width: number;
  testPerClass: number;
  maxEpochs: number;
}

/** Sizes per tier, fixed before any run (quick from the measured per-cell cost, see README). */
export const SIZES: Record<Tier, Sizes> = {
  smoke: { replicates: 1, controlReplicates: 1, width: 32, testPerClass: 20, maxEpochs: 3 },
  quick: { replicates: 4, controlReplicates: 2, width: 128, testPerClass: 200, maxEpochs: 150 },
  full: { replicates: 4, controlReplicates: 2, width: 128, testPerClass: 500, maxEpochs: 300 },
};

/** Epoch cap of the s0 = 0 RHM runs (base lr 0.01: slower than the s0 > 0 rows of the lr table). */
export const RHM_MAX_EPOCHS: Record<Tier, number> = { smoke: 3, quick: 300, full: 600 };

interface Family {
  net: NetKind;
  depth: number;
  s0s: number[];
  vs: number[];
  sparsity: Sparsity;
  /** Grid factors when they differ from the tier's `FACTORS`. */
  factors?: number[];
}

/** Two points below the tier's grid (×0.18, ×0.25): where the CNN's S_{2,1} crosses its threshold (C2.4). */
const withLowerPoints = (tier: Tier) => [0.18, 0.25, ...FACTORS[tier]];
/** The tier's grid up to ×4: sparsity B's P* lies above A's (C2.5). */
const upToFour = (tier: Tier) => [...FACTORS[tier].filter((f) => f < 2.83), 2.83, 4];

/** CNN L = 2, v = 3: s0 ∈ {1, 2, 4} (s0 = 0 is infeasible at v = 3: Pmax = 81 < 2 P*). */
export const CNN_L2: Record<Tier, Family> = {
  smoke: { net: 'cnn', depth: 2, s0s: [1, 2], vs: [3], sparsity: 'A' },
  quick: { net: 'cnn', depth: 2, s0s: [1, 2, 4], vs: [3], sparsity: 'A', factors: withLowerPoints('quick') },
  full: { net: 'cnn', depth: 2, s0s: [1, 2, 4], vs: [3], sparsity: 'A', factors: withLowerPoints('full') },
};
/**
 * Sparsity B: s0 = 4 and the grid up to ×4 only at the full tier (B's P* at s0 = 2 lies near ×2.5 of A's prediction,
 * and the two top points alone cost about 7 CPU-min; measured, see README).
 */
export const CNN_L2_B: Record<Tier, Family> = {
  smoke: { ...CNN_L2.smoke, sparsity: 'B' },
  quick: { ...CNN_L2.quick, s0s: [1, 2], sparsity: 'B', factors: undefined },
  full: { ...CNN_L2.full, sparsity: 'B', factors: upToFour('full') },
};
/** The RHM (s0 = 0), L = 2, v = n_c = m ∈ {6, 7, 8} (quick cells are smoke-sized: decided at full). */
export const RHM: Record<Tier, Family> = {
  smoke: { net: 'cnn', depth: 2, s0s: [0], vs: [5, 6], sparsity: 'A' },
  quick: { net: 'cnn', depth: 2, s0s: [0], vs: [5, 6], sparsity: 'A' },
  full: { net: 'cnn', depth: 2, s0s: [0], vs: [6, 8, 10], sparsity: 'A' },
};
const l3 = (net: NetKind): Record<Tier, Family> => ({
  smoke: { net, depth: 3, s0s: [0, 1], vs: [3], sparsity: 'A' },
  quick: { net, depth: 3, s0s: [0, 1], vs: [3], sparsity: 'A' },
  full: { net, depth: 3, s0s: [0, 1, 2], vs: [3], sparsity: 'A' },
});
export const CNN_L3 = l3('cnn');
export const LCN_L3 = l3('lcn');
export const LCN_L2: Record<Tier, Family> = {
  smoke: { ...CNN_L2.smoke, net: 'lcn' },
  quick: { ...CNN_L2.smoke, net: 'lcn' },
  full: { ...CNN_L2.full, net: 'lcn', factors: undefined },
};

/** Tiers whose cells for a full-only claim are smoke-sized (run and measured, never decided). */
const effective = (tier: Tier, lowest: Tier): Tier => (tier === 'quick' && lowest === 'full' ? 'smoke' : tier);

/** The configurations of a family at a tier, as cell parameters. */
export function familyConfigs(families: Record<Tier, Family>, tier: Tier, lowest: Tier, labels: 'true' | 'shuffled') {
  const t = effective(tier, lowest);
  const f = families[t];
  const size = SIZES[t];
  return f.vs.flatMap((v) =>
    f.s0s.map((s0): SrhmConfig => {
      const center = predictedPerClass(f.net, f.depth, s0, v);
      // The RHM has only m^{(s^L−1)/(s−1)} = v³ distinct inputs per class: keep a disjoint test set.
      const distinct = s0 === 0 ? v ** (2 ** f.depth - 1) : Number.POSITIVE_INFINITY;
      const testPerClass = Math.min(size.testPerClass, Math.floor(distinct / 6));
      const grid = gridAround(center, f.factors ?? FACTORS[t], 4 * Math.floor((distinct - testPerClass) / 4));
      return {
        net: f.net,
        depth: f.depth,
        s0,
        v,
        sparsity: f.sparsity,
        width: size.width,
        grid,
        testPerClass,
        maxEpochs: s0 === 0 && f.depth === 2 ? RHM_MAX_EPOCHS[t] : size.maxEpochs,
        labels,
      };
    }),
  );
}

/**
 * Cells: every claim configuration × replicates, and the control configurations × control replicates (the
 * control keeps the claim's grid, sizes and rule). One cell = one configuration, replicate and training size,
 * so the expensive configurations shard point by point.
 */
export function cellsOf(
  claimConfigs: SrhmConfig[],
  controlConfigs: SrhmConfig[],
  tier: Tier,
  lowest: Tier,
): CellSpec[] {
  const size = SIZES[effective(tier, lowest)];
  const arm = (configs: SrhmConfig[], replicates: number, which: 'claim' | 'control') =>
    configs.flatMap((c) =>
      Array.from({ length: replicates }, (_, replicate) =>
        c.grid.map((perClass) => ({ arm: which, params: configParams(c, perClass), replicate })),
      ).flat(),
    );
  return [...arm(claimConfigs, size.replicates, 'claim'), ...arm(controlConfigs, size.controlReplicates, 'control')];
}

/** The shuffled-label control: the first two configurations of a family, labels permuted. */
export const shuffledControl = (families: Record<Tier, Family>, tier: Tier, lowest: Tier) =>
  familyConfigs(families, tier, lowest, 'shuffled').slice(0, 2);
