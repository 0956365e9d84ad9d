import { type CellOutcome, defineClaim, type MeasureContext, type Tier } from '@repro/claims';
import { type ConfigCurves, configCurves } from './curves.ts';
import { C1, CNN_L2, CNN_L3, cellsOf, familyConfigs, LCN_C, LCN_L2, LCN_L3, shuffledControl } from './grids.ts';
import { source } from './paper.ts';
import { CELL_GROUP, measurementOf, pStarTable, slopeClaim } from './scaling-claims.ts';
import { commonSeeds, crossingSlope, ERROR_THRESHOLD, seedStatistic } from './scaling-statistic.ts';
import { runSrhmCell, type SrhmRun } from './srhm-cell.ts';

const WHERE_LCN = 'Fig. 4 / pstar_task_lcn_s0_L_all.pdf (sparse_hierarchy_model scale_P_TASK-LCN.ipynb; models/lcn.py)';
const WHERE_CNN = 'Fig. 3 / pstar_task_cnn2_s0_L.pdf (scale_P_TASK.ipynb)';
const x = (c: ConfigCurves) => c.s0 + 1;
const cnnL3 = (tier: Tier) => familyConfigs(CNN_L3, tier, 'full', 'true');
const lcnL3 = (tier: Tier) => familyConfigs(LCN_L3, tier, 'full', 'true');

export const cnnSlopeL3 = slopeClaim({
  id: 'srhm.cnn-slope-l3',
  source: source(WHERE_CNN),
  statement:
    'The CNN exponent does not depend on depth: at L = 3, log P* grows with log(s0+1) with slope 2 (below 2.6).',
  quantity: 'slope of log P* on log(s0+1), CNN, L = 3, v = 3, s0 ∈ {0, 1, 2}; 90% seed-bootstrap interval',
  expected: { value: 2, tolerance: 0.5 },
  rule: 'pass when the whole slope interval lies in [1.5, 2.5] (CLAIMS.md C2.2 at L = 3)',
  lowestTier: 'full',
  control: 'the same protocol at L = 3 on the first two configurations with training labels permuted: no P* may exist',
  cells: (tier) => cellsOf(cnnL3(tier), shuffledControl(CNN_L3, tier, 'full'), tier, 'full'),
  x,
  xLabel: '(s0+1)',
  predicted: { name: 'paper: 2.5·(s0+1)²·n_c m^L', a: C1 * 81, b: 2 },
});

export const lcnSlopeL3 = slopeClaim({
  id: 'srhm.lcn-slope-l3',
  source: source(WHERE_LCN),
  statement: 'A locally connected network (no weight sharing) needs P* ≈ C0·(s0+1)^L·n_c·m^L: slope L = 3 at L = 3.',
  quantity: 'slope of log P* on log(s0+1), LCN, L = 3, v = 3, s0 ∈ {0, 1, 2}; 90% seed-bootstrap interval',
  expected: { value: 3, tolerance: 0.6 },
  rule: 'pass when the whole slope interval lies in [2.4, 3.6] (CLAIMS.md C2.3)',
  lowestTier: 'full',
  control:
    'the CNN on the same data (L = 3, same grid rule around its own prediction): its slope (≈ 2) must fail [2.4, 3.6]',
  cells: (tier) => cellsOf(lcnL3(tier), cnnL3(tier), tier, 'full'),
  x,
  xLabel: '(s0+1)',
  predicted: { name: 'paper: 1.6·2^{3/2}·(s0+1)³·n_c m^L', a: LCN_C * 2 ** 1.5 * 81, b: 3 },
});

const gap = (configs: ConfigCurves[]) => {
  const lcn = crossingSlope(
    configs.filter((c) => c.net === 'lcn'),
    x,
    'error',
    ERROR_THRESHOLD,
  );
  const cnn = crossingSlope(
    configs.filter((c) => c.net === 'cnn'),
    x,
    'error',
    ERROR_THRESHOLD,
  );
  return (seeds: number[]) => lcn(seeds) - cnn(seeds);
};

export const lcnCnnGap = defineClaim<SrhmRun>({
  id: 'srhm.lcn-cnn-gap',
  source: source(`${WHERE_LCN}; ${WHERE_CNN}`),
  statement:
    'At L = 3 the LCN exponent exceeds the CNN one (L vs 2): slope(LCN) − slope(CNN) ≥ 0.5, so P*_LCN/P*_CNN ∝ (s0+1)^{gap} increases with s0.',
  quantity:
    'slope(LCN) − slope(CNN) of log P* on log(s0+1) at L = 3 (= the slope of log(P*_LCN/P*_CNN)), same seeds for both; 90% seed-bootstrap interval',
  expected: { value: 1, tolerance: 0.5, band: [0.5, null] },
  rule: 'pass when the whole interval lies at or above 0.5 (CLAIMS.md C2.3; a gap > 0 is the ratio increasing in s0)',
  lowestTier: 'full',
  control: {
    description:
      'the same difference at L = 2, where both exponents are 2 (LCN and CNN, v = 3, s0 ∈ {1, 2, 4}): it must not reach 0.5',
  },
  cellGroup: CELL_GROUP,
  usesBackend: true,
  cells: (tier) =>
    cellsOf(
      [...lcnL3(tier), ...cnnL3(tier)],
      [...familyConfigs(LCN_L2, tier, 'full', 'true'), ...familyConfigs(CNN_L2, tier, 'full', 'true')],
      tier,
      'full',
    ),
  run: runSrhmCell,
  measure: (all: CellOutcome<SrhmRun>[], ctx: MeasureContext) => {
    const configs = configCurves(all);
    const seeds = commonSeeds(configs);
    return measurementOf(
      seedStatistic(seeds, gap(configs), ctx.random),
      `${configs.length} configurations × ${seeds.length} seeds`,
      { table: pStarTable(configs, ctx.random) },
    );
  },
});
