import type { CellContext, CellParams, CellSpec } from '@repro/claims';
import { type NetKind, runHierarchyExperiment, type Sparsity } from '@repro/task-hierarchy';
import { deriveSeed } from '@repro/tensor';

/** One network configuration trained over a P grid (one cell per configuration and seed). */
export interface SrhmConfig {
  net: NetKind;
  depth: number;
  s0: number;
  v: number;
  sparsity: Sparsity;
  width: number;
  /** Training points per class, increasing, multiples of 4 (the balanced minibatch of 4 per class). */
  grid: number[];
  testPerClass: number;
  maxEpochs: number;
  labels: 'true' | 'shuffled';
}

export type SrhmPoint = {
  P: number;
  bestTestError: number;
  finalTestError: number;
  epochs: number;
  converged: boolean;
  /** Nets that died (identical logits for every test point) and were retrained from a new init. */
  restarts: number;
  /** The last net died too (after MAX_RESTARTS retrainings). */
  dead: boolean;
  finalTrainLoss: number;
  S: number | null;
  D: number | null;
  /** S_{2,1} and D_{2,1} of the same net at its initialization (the level the thresholds are read against). */
  S0: number | null;
  D0: number | null;
  lr: number;
  seconds: number;
};

export type SrhmRun = { points: SrhmPoint[] };

/** Cell parameters of one configuration at one training size (per class) of its grid. */
export const configParams = (c: SrhmConfig, perClass: number): CellParams => ({
  ...c,
  grid: c.grid.join(','),
  perClass,
});

export const configOf = (params: CellParams): SrhmConfig => ({
  net: params.net as NetKind,
  depth: Number(params.depth),
  s0: Number(params.s0),
  v: Number(params.v),
  sparsity: params.sparsity as Sparsity,
  width: Number(params.width),
  grid: String(params.grid).split(',').map(Number),
  testPerClass: Number(params.testPerClass),
  maxEpochs: Number(params.maxEpochs),
  labels: params.labels as 'true' | 'shuffled',
});

/** A key naming the configuration without its grid and sizes (net, L, s0, v, sparsity, labels). */
export const configKey = (params: CellParams) =>
  `${params.net} L=${params.depth} s0=${params.s0} v=${params.v} ${params.sparsity}${params.labels === 'shuffled' ? ' shuffled' : ''}`;

const finite = (x: number) => (Number.isFinite(x) ? x : null);

/**
 * The seed of the pool of distinct points (and of the perturbed copies and shuffled labels): a function of the
 * configuration (with its grid and test size) and the replicate only, so every training size of one replicate
 * draws the same nested training sets (as the authors' runs at one seed_init). `--seed` re-draws the networks
 * and batch orders (the cell seed), not the data.
 */
export function dataSeed(params: CellParams, replicate: number): number {
  return deriveSeed('srhm-data', configKey(params), String(params.grid), Number(params.testPerClass), replicate);
}

/**
 * The seed of the production rules: (L, v, replicate) only, so one replicate draws the same grammar for every s0,
 * sparsity, net and grid, as the authors' runs at one `seed_init` do (hierarchical_s0_bs_S.py seeds `random`
 * once and shuffles the v^s tuples, a draw that does not depend on s0). The grammar's informativeness is the
 * largest source of P*'s seed-to-seed variation at v = 3; shared across s0 it cancels from the slope.
 */
export function rulesSeed(params: CellParams, replicate: number): number {
  return deriveSeed('srhm-rules', Number(params.depth), Number(params.v), replicate);
}

/**
 * One cell: one configuration, replicate and training size P. The rules are drawn from `rulesSeed`, the pool
 * from `dataSeed` (nested in P), the network and batch order from the cell seed; records the best test error,
 * S_{2,1} and D_{2,1} of the trained net. n_c = m = v, s = 2.
 */
export async function runSrhmCell(cell: CellSpec, ctx: CellContext): Promise<SrhmRun> {
  const c = configOf(cell.params);
  const perClass = Number(cell.params.perClass);
  const { tf } = await ctx.backend();
  const run = await runHierarchyExperiment(
    tf,
    {
      params: { v: c.v, classes: c.v, m: c.v, s: 2, depth: c.depth, s0: c.s0, sparsity: c.sparsity },
      net: c.net,
      width: c.width,
      trainPerClass: perClass,
      poolTrainPerClass: c.grid.at(-1) as number,
      testPerClass: c.testPerClass,
      sensitivityPerClass: Math.min(20, c.testPerClass),
      maxEpochs: c.maxEpochs,
      shuffleLabels: c.labels === 'shuffled',
      rulesSeed: rulesSeed(cell.params, cell.replicate),
    },
    dataSeed(cell.params, cell.replicate),
    deriveSeed(ctx.seed, 'net'),
  );
  return {
    points: [
      {
        P: run.P,
        bestTestError: run.bestTestError,
        finalTestError: run.finalTestError,
        epochs: run.epochs,
        converged: run.converged,
        restarts: run.restarts,
        dead: run.dead,
        finalTrainLoss: run.finalTrainLoss,
        S: finite(run.synonymSensitivity),
        D: c.s0 > 0 ? finite(run.diffeoSensitivity) : null,
        S0: finite(run.initialSynonymSensitivity),
        D0: c.s0 > 0 ? finite(run.initialDiffeoSensitivity) : null,
        lr: run.lr,
        seconds: run.seconds,
      },
    ],
  };
}
