import { type CellOutcome, defineClaim, type MeasureContext, type Tier } from '@repro/claims';
import { configCurves } from './curves.ts';
import { C1, cellsOf, familyConfigs, RHM, shuffledControl } from './grids.ts';
import { rhmSource } from './paper.ts';
import { CELL_GROUP, errorPlot, measurementOf, pStarTable, slopeClaim } from './scaling-claims.ts';
import { commonSeeds, ERROR_THRESHOLD, logCrossing, NON_NEGATIVE, seedStatistic } from './scaling-statistic.ts';
import { runSrhmCell, type SrhmRun } from './srhm-cell.ts';

const WHERE = 'abstract ("grows asymptotically as n_c m^L"); s0 = 0 points of scale_P_TASK.ipynb (line 2.5·n_c m^L)';
const SHUFFLED =
  'the same protocol at the two smallest v with training labels permuted at random: no P* may exist in the grid';
const cells = (tier: Tier) =>
  cellsOf(familyConfigs(RHM, tier, 'full', 'true'), shuffledControl(RHM, tier, 'full'), tier, 'full');

export const rhmSlope = slopeClaim({
  id: 'srhm.rhm-slope',
  source: rhmSource(WHERE),
  statement: 'In the RHM (s0 = 0) the CNN sample complexity grows as n_c·m^L: slope 1 of log P* on log(n_c m^L).',
  quantity:
    'slope of log P* on log(n_c m^L) = log v³, CNN, L = 2, s = 2, v = n_c = m ∈ {6, 8, 10}; P* = 10% crossing of the seed-averaged best test error; 90% seed-bootstrap interval',
  expected: { value: 1, tolerance: 0.25 },
  rule: 'pass when the whole slope interval lies in [0.75, 1.25] (CLAIMS.md C2.1)',
  lowestTier: 'full',
  control: SHUFFLED,
  cells,
  x: (c) => c.v ** (c.depth + 1),
  xLabel: 'n_c m^L',
  predicted: { name: 'paper: 2.5·n_c m^L', a: C1, b: 1 },
});

/** Geometric mean over configurations of P* / (n_c m^L). */
const prefactor = (configs: ReturnType<typeof configCurves>) => (seeds: number[]) => {
  const logs = configs.map((c) => logCrossing(c, 'error', ERROR_THRESHOLD, seeds) - (c.depth + 1) * Math.log(c.v));
  return logs.length > 0 && logs.every(Number.isFinite)
    ? Math.exp(logs.reduce((a, b) => a + b, 0) / logs.length)
    : Number.NaN;
};

export const rhmPrefactor = defineClaim<SrhmRun>({
  id: 'srhm.rhm-prefactor',
  source: rhmSource(WHERE),
  statement: 'The RHM points lie on P* ≈ 2.5·n_c·m^L (s = 2), the line of the SRHM notebooks.',
  quantity: 'geometric mean over v of P* / (n_c m^L), cells of srhm.rhm-slope; 90% seed-bootstrap interval',
  expected: { value: C1, tolerance: C1, band: [C1 / 2, C1 * 2] },
  rule: 'pass when the whole interval lies in [1.25, 5] (within ×2 of 2.5, CLAIMS.md C2.1)',
  lowestTier: 'full',
  control: { description: SHUFFLED },
  cellGroup: CELL_GROUP,
  usesBackend: true,
  cells,
  run: runSrhmCell,
  measure: (all: CellOutcome<SrhmRun>[], ctx: MeasureContext) => {
    const configs = configCurves(all);
    const seeds = commonSeeds(configs);
    return measurementOf(
      seedStatistic(seeds, prefactor(configs), ctx.random, undefined, NON_NEGATIVE),
      `${configs.length} values of v × ${seeds.length} seeds`,
      { table: pStarTable(configs, ctx.random) },
      errorPlot(configs),
    );
  },
});
