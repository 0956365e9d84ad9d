import type { Tier } from '@repro/claims';
import { LR_GRID } from '@repro/task-leap';

/** Network and protocol shared by every run (CLAIMS.md §3.2): ReLU width 256, minibatch 32 fresh samples a step. */
export const NET = { width: 256, batch: 32 } as const;

/** The targets of C3.1 (leap 1, 2, 3) and the leap-1 target of the gap claim's control. */
export const TARGETS = {
  leap1: 'x1 + x1*x2 + x1*x2*x3',
  leap2: 'x1*x2',
  leap3: 'x1*x2*x3',
  leap4: 'x1*x2*x3*x4',
  staircase4: 'x1 + x1*x2 + x1*x2*x3 + x1*x2*x3*x4',
} as const;
export type TargetName = keyof typeof TARGETS;

export interface EscapeSweep {
  dims: number[];
  /** Sample budget per run; a run that has not escaped by then counts as "never". */
  budget: number;
  /** Seeds per (d, lr) of the target when not the tier's `replicates` (the 3-parity's short d range needs more). */
  replicates?: number;
}

export interface EscapeSizes {
  lrs: readonly number[];
  replicates: number;
  controlReplicates: number;
  /** Pilot seeds per lr at the largest d of a grid (target labels / random-label control), for the lr rule. */
  pilotReplicates: number;
  controlPilotReplicates: number;
  /** Seeds per (d, lr) of the gap claim's control target (the leap-1 4-staircase on the 3-parity's grid). */
  gapControlReplicates: number;
  testSize: number;
  evalGrowth: number;
  minEvalSteps: number;
  sweeps: Record<'leap1' | 'leap2' | 'leap3' | 'leap4', EscapeSweep>;
}

/** C3.1 sizes per tier, fixed before any run (CLAIMS.md §3.3 C3.1; full adds d and leap 4). */
export const ESCAPE: Record<Tier, EscapeSizes> = {
  smoke: {
    lrs: [0.1, 0.05],
    replicates: 2,
    controlReplicates: 1,
    pilotReplicates: 1,
    controlPilotReplicates: 1,
    gapControlReplicates: 3,
    testSize: 300,
    evalGrowth: 1.1,
    minEvalSteps: 5,
    sweeps: {
      leap1: { dims: [6, 10], budget: 20_000 },
      leap2: { dims: [6, 10], budget: 20_000 },
      leap3: { dims: [6, 8], budget: 30_000 },
      leap4: { dims: [6, 8], budget: 30_000 },
    },
  },
  quick: {
    lrs: LR_GRID,
    replicates: 8,
    controlReplicates: 1,
    pilotReplicates: 2,
    controlPilotReplicates: 1,
    gapControlReplicates: 8,
    testSize: 500,
    evalGrowth: 1.08,
    minEvalSteps: 5,
    sweeps: {
      leap1: { dims: [8, 16, 32, 64], budget: 100_000 },
      leap2: { dims: [8, 16, 32, 64], budget: 100_000 },
      leap3: { dims: [12, 16, 24, 32], budget: 250_000, replicates: 8 },
      leap4: { dims: [6, 8], budget: 30_000 },
    },
  },
  full: {
    lrs: LR_GRID,
    replicates: 8,
    controlReplicates: 3,
    pilotReplicates: 3,
    controlPilotReplicates: 2,
    gapControlReplicates: 12,
    testSize: 1000,
    evalGrowth: 1.05,
    minEvalSteps: 5,
    sweeps: {
      leap1: { dims: [8, 16, 32, 64, 128], budget: 400_000 },
      leap2: { dims: [8, 16, 32, 64, 128], budget: 400_000 },
      leap3: { dims: [12, 16, 24, 32, 48], budget: 1_500_000, replicates: 12 },
      leap4: { dims: [8, 10, 12, 16], budget: 4_000_000 },
    },
  },
};

/**
 * C3.2 sizes per tier (CLAIMS.md §3.3 C3.2 scaled config: d = 20, lr 0.05, up to 2·10⁵ samples). The second
 * layer starts at the small (mean-field) scale a_j ~ N(0, 1/m²), so SGD starts near the saddle at f ≈ 0.
 */
export const SADDLE: Record<
  Tier,
  {
    d: number;
    lr: number;
    budget: number;
    replicates: number;
    testSize: number;
    evalGrowth: number;
    outputInitStd: number;
  }
> = {
  smoke: {
    d: 8,
    lr: 0.05,
    budget: 40_000,
    replicates: 2,
    testSize: 500,
    evalGrowth: 1.08,
    outputInitStd: 1 / NET.width,
  },
  quick: {
    d: 20,
    lr: 0.05,
    budget: 200_000,
    replicates: 5,
    testSize: 1000,
    evalGrowth: 1.05,
    outputInitStd: 1 / NET.width,
  },
  full: {
    d: 32,
    lr: 0.05,
    budget: 1_000_000,
    replicates: 10,
    testSize: 2000,
    evalGrowth: 1.04,
    outputInitStd: 1 / NET.width,
  },
};

export const SADDLE_TARGETS = {
  mixed: 'x1 + x1*x2*x3 + x1*x2*x3*x4*x5',
  allAtOnce: 'x1 + x2 + x3',
} as const;
