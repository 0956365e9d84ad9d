import {
  type CellOutcome,
  defineClaim,
  type MeasureContext,
  type PlotLine,
  type PlotSpec,
  type Tier,
} from '@repro/claims';
import { type ConfigCurves, configCurves, type Metric } from './curves.ts';
import { CNN_L2, CNN_L3, cellsOf, familyConfigs, LCN_L3, shuffledControl } from './grids.ts';
import { describeInitial, initialLevel, initialSensitivity } from './initial-sensitivity.ts';
import { logPairs, metricsOf, sensitivityThreshold } from './log-pairs.ts';
import { source } from './paper.ts';
import { CELL_GROUP, measurementOf } from './scaling-claims.ts';
import {
  anyTaskCrossing,
  commonSeeds,
  crossingOf,
  ERROR_THRESHOLD,
  NON_NEGATIVE,
  seedStatistic,
} from './scaling-statistic.ts';
import { runSrhmCell, type SrhmRun } from './srhm-cell.ts';

/** max over configurations and over S, D of |ln(P*_X / P*)| (with `edges`: out-of-grid crossings at the grid edges). */
const worstRatio =
  (configs: ConfigCurves[], edges = false) =>
  (seeds: number[]) => {
    if (configs.length === 0 || (edges && !anyTaskCrossing(configs, seeds))) return Number.NaN;
    let worst = 0;
    for (const { task, sensitivity } of logPairs(configs, seeds, edges)) {
      for (const [i, t] of task.entries()) {
        const x = sensitivity[i] as number;
        if (!Number.isFinite(t) || !Number.isFinite(x)) return Number.NaN;
        worst = Math.max(worst, Math.abs(x - t));
      }
    }
    return worst;
  };

export const seedMean = (c: ConfigCurves, m: Metric) =>
  (c.curves[m][0]?.xs ?? []).map((x, i) => ({
    x,
    y: c.curves[m].reduce((s, k) => s + (k.ys[i] as number), 0) / c.curves[m].length,
  }));

export function invariancePlot(configs: ConfigCurves[]): PlotSpec {
  return {
    kind: 'curve',
    xLabel: 'training points P',
    yLabel: 'S_{2,1}, D_{2,1}, best test error (seed means)',
    logX: true,
    series: configs.flatMap((c) => [
      { name: `${c.key}: test error`, points: seedMean(c, 'error') },
      { name: `${c.key}: S_{2,1}`, points: seedMean(c, 'S') },
      ...(c.s0 > 0 ? [{ name: `${c.key}: D_{2,1}`, points: seedMean(c, 'D') }] : []),
    ]),
    lines: [{ name: 'ε = 10%', kind: 'hline', at: ERROR_THRESHOLD, role: 'threshold' }, ...thresholdLines(configs)],
  };
}

/** One horizontal line per distinct sensitivity threshold of the configurations, named after what it bounds. */
function thresholdLines(configs: ConfigCurves[]): PlotLine[] {
  const names = new Map<number, Set<string>>();
  for (const c of configs)
    for (const m of metricsOf(c)) {
      const at = sensitivityThreshold(c, m);
      names.set(at, (names.get(at) ?? new Set()).add(m === 'S' ? 'S_{2,1}' : 'D_{2,1}'));
    }
  return [...names].map(([at, which]) => ({
    name: `${[...which].join(', ')} threshold ${at}`,
    kind: 'hline',
    at,
    role: 'threshold',
  }));
}

/** The configurations whose nets the invariance claims measure: CNN L = 2 (quick), and L = 3 CNN and LCN (full). */
export const invarianceConfigs = (tier: Tier) => [
  ...familyConfigs(CNN_L2, tier, 'quick', 'true'),
  ...(tier === 'full'
    ? [...familyConfigs(CNN_L3, tier, 'full', 'true'), ...familyConfigs(LCN_L3, tier, 'full', 'true')]
    : []),
];

export const invariance = defineClaim<SrhmRun>({
  id: 'srhm.invariance',
  source: source(
    'Figs. 5–6 (S_{2,1}, D_{2,1} vs P; sparse_hierarchy_model stabs.py measure_stability, hierarchical_s0_bs_S_MOD.py, scale_P_*.ipynb thresholds)',
  ),
  statement:
    'Insensitivity to synonym exchange and to discrete diffeomorphisms is acquired at the same P as the task: P*_S ≈ P* and P*_D ≈ P*.',
  quantity:
    'worst |ln(P*_X/P*)| over configurations and X ∈ {S_{2,1}, D_{2,1}} (D only for s0 > 0); P*_X = where the seed-averaged sensitivity of the trained nets (second hidden layer, lowest-level perturbation, 20 base points per class) falls below the notebooks’ threshold; 90% seed-bootstrap interval',
  expected: { value: 0, tolerance: Math.log(3), band: [0, Math.log(3)] },
  rule: 'pass when the whole interval lies in [0, ln 3 = 1.099], i.e. every P*_S/P* and P*_D/P* in [1/3, 3] (CLAIMS.md C2.4)',
  lowestTier: 'quick',
  control: {
    description:
      'the shuffled-label cells of srhm.cnn-slope-l2: without a task there is no P*, so no ratio may be found',
  },
  cellGroup: CELL_GROUP,
  usesBackend: true,
  cells: (tier) => cellsOf(invarianceConfigs(tier), shuffledControl(CNN_L2, tier, 'quick'), tier, 'quick'),
  run: runSrhmCell,
  measure: (all: CellOutcome<SrhmRun>[], ctx: MeasureContext) => {
    const configs = configCurves(all);
    const seeds = commonSeeds(configs);
    const init = initialSensitivity(all);
    const table = configs.map((c) => {
      const at = (m: Metric, t: number) => {
        const k = crossingOf(c, m, t, ctx.random);
        return k && k.status === 'crossed' ? Number(k.value.toPrecision(3)) : (k?.status ?? null);
      };
      return {
        config: c.key,
        pStar: at('error', ERROR_THRESHOLD),
        pStarS: at('S', sensitivityThreshold(c, 'S')),
        pStarD: c.s0 > 0 ? at('D', sensitivityThreshold(c, 'D')) : null,
        thresholdS: sensitivityThreshold(c, 'S'),
        untrainedS: initialLevel(init.get(c.key)?.S, 'mean'),
        untrainedSLowest: initialLevel(init.get(c.key)?.S, 'lowest'),
        thresholdD: c.s0 > 0 ? sensitivityThreshold(c, 'D') : null,
        untrainedD: c.s0 > 0 ? initialLevel(init.get(c.key)?.D, 'mean') : null,
        untrainedDLowest: c.s0 > 0 ? initialLevel(init.get(c.key)?.D, 'lowest') : null,
      };
    });
    return measurementOf(
      seedStatistic(seeds, worstRatio(configs), ctx.random, worstRatio(configs, true), NON_NEGATIVE),
      `${configs.length} configurations × ${seeds.length} seeds; ${describeInitial(configs, init, sensitivityThreshold)}`,
      { table },
      invariancePlot(configs),
    );
  },
});
