import { type CellOutcome, defineClaim, type MeasureContext } from '@repro/claims';
import { configCurves } from './curves.ts';
import { C1, CNN_L2, cellsOf, familyConfigs, shuffledControl } from './grids.ts';
import { source } from './paper.ts';
import { CELL_GROUP, errorPlot, measurementOf, pStarTable, slopeClaim } from './scaling-claims.ts';
import {
  anyTaskCrossing,
  commonSeeds,
  ERROR_THRESHOLD,
  logCrossing,
  NON_NEGATIVE,
  seedStatistic,
} from './scaling-statistic.ts';
import { runSrhmCell, type SrhmRun } from './srhm-cell.ts';

const WHERE =
  'Fig. 3 / pstar_task_cnn2_s0_L.pdf (sparse_hierarchy_model scale_P_TASK.ipynb; models/cnn2.py, main_bs_S.py, fun_choices.py)';
const SHUFFLED =
  'the same protocol on the first two configurations with training labels permuted at random: no P* may exist in the grid';

const cells = (tier: Parameters<typeof familyConfigs>[1]) =>
  cellsOf(familyConfigs(CNN_L2, tier, 'quick', 'true'), shuffledControl(CNN_L2, tier, 'quick'), tier, 'quick');

export const cnnSlopeL2 = slopeClaim({
  id: 'srhm.cnn-slope-l2',
  source: source(WHERE),
  statement:
    'A deep CNN learns the SRHM with P* ≈ C1·(s0+1)²·n_c·m^L: at L = 2, log P* grows with log(s0+1) with slope 2.',
  quantity:
    'slope of log P* on log(s0+1), P* = 10% crossing of the seed-averaged best test error (interpolated in log P); CNN, L = 2, s = 2, v = n_c = m = 3, sparsity A; 90% seed-bootstrap interval (seedInterval)',
  expected: { value: 2, tolerance: 0.5 },
  rule: 'pass when the whole slope interval lies in [1.5, 2.5] (CLAIMS.md C2.2)',
  lowestTier: 'quick',
  control: SHUFFLED,
  cells,
  x: (c) => c.s0 + 1,
  xLabel: '(s0+1)',
  predicted: { name: 'paper: 2.5·(s0+1)²·n_c m^L', a: C1 * 27, b: 2 },
});

/** max over configurations of |ln(P* / (C1·(s0+1)²·v^{L+1}))| on the seeds drawn. */
const worstCollapse =
  (configs: ReturnType<typeof configCurves>, edges = false) =>
  (seeds: number[]) => {
    if (edges && !anyTaskCrossing(configs, seeds)) return Number.NaN;
    let worst = 0;
    for (const c of configs) {
      const l = logCrossing(c, 'error', ERROR_THRESHOLD, seeds, edges);
      if (!Number.isFinite(l)) return Number.NaN;
      worst = Math.max(worst, Math.abs(l - Math.log(C1 * (c.s0 + 1) ** 2 * c.v ** (c.depth + 1))));
    }
    return configs.length > 0 ? worst : Number.NaN;
  };

export const cnnCollapseL2 = defineClaim<SrhmRun>({
  id: 'srhm.cnn-collapse-l2',
  source: source(`${WHERE}; reference line 2.5·(s0+1)²n_c m^L`),
  statement: 'Every CNN P* lies on P* = C1·(s0+1)²·n_c·m^L with C1 = 2.5 (s = 2), within a factor 2.5.',
  quantity:
    'worst |ln(P* / (2.5·(s0+1)²·n_c m^L))| over the configurations of srhm.cnn-slope-l2 (natural log), 90% seed-bootstrap interval',
  expected: { value: 0, tolerance: Math.log(2.5), band: [0, Math.log(2.5)] },
  rule: 'pass when the whole interval lies in [0, ln 2.5 = 0.916], i.e. every P* / (C1 x) in [0.4, 2.5] (CLAIMS.md C2.2)',
  lowestTier: 'quick',
  control: { description: SHUFFLED },
  cellGroup: CELL_GROUP,
  usesBackend: true,
  cells,
  run: runSrhmCell,
  measure: (all: CellOutcome<SrhmRun>[], ctx: MeasureContext) => {
    const configs = configCurves(all);
    const seeds = commonSeeds(configs);
    const stat = seedStatistic(seeds, worstCollapse(configs), ctx.random, worstCollapse(configs, true), NON_NEGATIVE);
    return measurementOf(
      stat,
      `${configs.length} configurations × ${seeds.length} seeds`,
      { table: pStarTable(configs, ctx.random), C1 },
      errorPlot(configs),
    );
  },
});
