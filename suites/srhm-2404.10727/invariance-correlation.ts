import { type CellOutcome, defineClaim, type MeasureContext, pearson, type Tier } from '@repro/claims';
import { type ConfigCurves, configCurves } from './curves.ts';
import { CNN_L2, cellsOf, shuffledControl } from './grids.ts';
import { describeInitial, initialSensitivity } from './initial-sensitivity.ts';
import { invarianceConfigs } from './invariance.ts';
import { logPairs, sensitivityThreshold } from './log-pairs.ts';
import { source } from './paper.ts';
import { CELL_GROUP, measurementOf } from './scaling-claims.ts';
import { anyTaskCrossing, commonSeeds, seedStatistic } from './scaling-statistic.ts';
import { runSrhmCell, type SrhmRun } from './srhm-cell.ts';

/** min over X ∈ {S_{2,1}, D_{2,1}} of the Pearson correlation of log P*_X with log P* over configurations (≥ 3). */
export const worstCorrelation =
  (configs: ConfigCurves[], edges = false) =>
  (seeds: number[]) => {
    if (edges && !anyTaskCrossing(configs, seeds)) return Number.NaN;
    let worst = Number.POSITIVE_INFINITY;
    for (const { task, sensitivity } of logPairs(configs, seeds, edges)) {
      if (task.length < 3 || ![...task, ...sensitivity].every(Number.isFinite)) return Number.NaN;
      worst = Math.min(worst, pearson(task, sensitivity));
    }
    return worst;
  };

export const invarianceCorrelation = defineClaim<SrhmRun>({
  id: 'srhm.invariance-correlation',
  source: source('Figs. 5–6 (P*_S and P*_D against P*; scale_P_*.ipynb)'),
  statement:
    'Across configurations, the P at which insensitivity to synonyms and to diffeomorphisms is acquired follows the task’s P*: the points (P*, P*_X) lie along y = x.',
  quantity:
    'min over X ∈ {S_{2,1}, D_{2,1}} of the Pearson correlation, over configurations, of log P*_X with log P* (the crossings of srhm.invariance); 90% seed-bootstrap interval',
  expected: { value: 1, tolerance: 0.2, band: [0.8, 1] },
  rule: 'pass when the whole interval lies in [0.8, 1] (CLAIMS.md C2.4: log-correlation over configurations ≥ 0.8)',
  lowestTier: 'quick',
  control: {
    description:
      'the shuffled-label cells of srhm.cnn-slope-l2: without a task there is no P*, so no correlation may be found',
  },
  cellGroup: CELL_GROUP,
  usesBackend: true,
  cells: (tier: Tier) => cellsOf(invarianceConfigs(tier), shuffledControl(CNN_L2, tier, 'quick'), tier, 'quick'),
  run: runSrhmCell,
  measure: (all: CellOutcome<SrhmRun>[], ctx: MeasureContext) => {
    const configs = configCurves(all);
    const seeds = commonSeeds(configs);
    const pairs = logPairs(configs, seeds, false);
    const points = (metric: 'S' | 'D') => {
      const p = pairs.find((q) => q.metric === metric);
      return (p?.task ?? []).flatMap((t, i) => {
        const s = p?.sensitivity[i] as number;
        return Number.isFinite(t) && Number.isFinite(s) ? [{ x: Math.exp(t), y: Math.exp(s) }] : [];
      });
    };
    return measurementOf(
      seedStatistic(seeds, worstCorrelation(configs), ctx.random, worstCorrelation(configs, true), [-1, 1]),
      `${configs.length} configurations × ${seeds.length} seeds; ${describeInitial(configs, initialSensitivity(all), sensitivityThreshold)}`,
      {},
      {
        kind: 'scaling',
        xLabel: 'P* (10% test error)',
        yLabel: 'P*_S, P*_D (sensitivity thresholds)',
        logX: true,
        logY: true,
        series: [
          { name: 'P*_S (S_{2,1})', points: points('S') },
          { name: 'P*_D (D_{2,1})', points: points('D') },
        ],
        lines: [{ name: 'y = x', kind: 'power', a: 1, b: 1, role: 'prediction' }],
      },
    );
  },
});
