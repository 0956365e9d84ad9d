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
}

export interface EscapeSizes {
  lrs: readonly number[];
  replicates: number;
  controlReplicates: number;
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
    replicates: 4,
    controlReplicates: 1,
    testSize: 500,
    evalGrowth: 1.08,
    minEvalSteps: 5,
    sweeps: {
      leap1: { dims: [8, 16, 32, 64], budget: 100_000 },
      leap2: { dims: [8, 16, 32, 64], budget: 100_000 },
      leap3: { dims: [12, 16, 24, 32], budget: 250_000 },
      leap4: { dims: [6, 8], budget: 30_000 },
    },
  },
  full: {
    lrs: LR_GRID,
    replicates: 8,
    controlReplicates: 3,
    testSize: 1000,
    evalGrowth: 1.05,
    minEvalSteps: 5,
    sweeps: {
      leap1: { dims: [8, 16, 32, 64, 128], budget: 400_000 },
      leap2: { dims: [8, 16, 32, 64, 128], budget: 400_000 },
      leap3: { dims: [12, 16, 24, 32, 48], budget: 1_500_000 },
      leap4: { dims: [8, 10, 12, 16], budget: 4_000_000 },
    },
  },
};

/** C3.2 sizes per tier (CLAIMS.md §3.3 C3.2 scaled config: d = 20, lr 0.05, up to 2·10⁵ samples). */
export const SADDLE: Record<
  Tier,
  { d: number; lr: number; budget: number; replicates: number; testSize: number; evalGrowth: number }
> = {
  smoke: { d: 8, lr: 0.05, budget: 40_000, replicates: 2, testSize: 500, evalGrowth: 1.08 },
  quick: { d: 20, lr: 0.05, budget: 200_000, replicates: 5, testSize: 1000, evalGrowth: 1.05 },
  full: { d: 32, lr: 0.05, budget: 1_000_000, replicates: 10, testSize: 2000, evalGrowth: 1.04 },
};

export const SADDLE_TARGETS = {
  mixed: 'x1 + x1*x2*x3 + x1*x2*x3*x4*x5',
  allAtOnce: 'x1 + x2 + x3',
} as const;
