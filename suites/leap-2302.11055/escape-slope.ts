import { type ClaimSpec, defineClaim, logLogSlope, type Measurement, type PlotSpec, type Tier } from '@repro/claims';
import { leapTarget } from '@repro/task-leap';
import { type EscapeRun, escapeCells, escapeGating, runEscape } from './escape-cell.ts';
import { describeLearningRate, escapePoints } from './escape-points.ts';
import { source } from './paper.ts';
import { TARGETS, type TargetName } from './sizes.ts';

/** Predicted exponent of samples-to-escape in d: max(Leap − 1, 1). */
export const predictedSlope = (text: string) => Math.max(leapTarget(text).leap - 1, 1);

/** Fits log(samples to escape) on log d over the measured seeds at the target's one lr; null value when a point is missing. */
export function escapeSlope(
  cells: Parameters<ClaimSpec<EscapeRun>['measure']>[0],
  random: () => number,
  predicted: number,
): Measurement {
  const chosen = escapePoints(cells);
  const { points, missing } = chosen;
  const lrText = describeLearningRate(chosen);
  const medians = chosen.medians.map((m) => `d=${m.d}: ${m.median ?? 'none'}`).join(', ');
  const detail = { lr: chosen.lr, pilots: chosen.pilots, medians: chosen.medians, missing };
  if (chosen.lr === null || missing.length > 0 || new Set(points.map((p) => p.x)).size < 2) {
    return {
      value: null,
      interval: null,
      note: `${chosen.lr === null ? 'no ladder lr had every pilot seed escape without diverging' : `${missing.length} measured runs at the chosen lr did not escape (${missing.filter((m) => m.diverged).length} diverged)`}: no slope; ${lrText}`,
      detail,
    };
  }
  const fit = logLogSlope(points, { random, level: 0.9, resamples: 2000 });
  const xs = points.map((p) => p.x);
  const pivot = Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
  const atPivot = Math.exp(fit.intercept) * pivot ** fit.value;
  const plot: PlotSpec = {
    kind: 'scaling',
    xLabel: 'd',
    yLabel: 'samples to escape (test NMSE ≤ 0.5)',
    logX: true,
    logY: true,
    series: [{ name: `seeds at lr ${chosen.lr}`, points }],
    lines: [
      {
        name: `fit: slope ${fit.value.toFixed(2)}`,
        kind: 'power',
        a: Math.exp(fit.intercept),
        b: fit.value,
        role: 'fit',
      },
      {
        name: `predicted: slope ${predicted}`,
        kind: 'power',
        a: atPivot / pivot ** predicted,
        b: predicted,
        role: 'prediction',
      },
    ],
    band: {
      name: '90% seed interval of the slope',
      a: Math.exp(fit.intercept),
      b: fit.value,
      interval: fit.interval,
      pivot,
    },
  };
  return {
    value: fit.value,
    interval: fit.interval,
    note: `slope ${fit.value.toFixed(2)} [${fit.interval[0].toFixed(2)}, ${fit.interval[1].toFixed(2)}] over ${fit.seeds} seeds (predicted ${predicted}); curvature ${fit.curvature.value.toFixed(2)}; ${lrText}; median escape per d: ${medians}`,
    detail: { ...detail, points, curvature: fit.curvature.value, curvatureInterval: fit.curvature.interval },
    plot,
  };
}

/** One C3.1 claim: samples to escape ∝ d^{max(Leap−1,1)} for one target. */
export function escapeSlopeClaim(
  slug: string,
  sweep: 'leap1' | 'leap2' | 'leap3' | 'leap4',
  target: TargetName,
  lowestTier: Tier,
): ClaimSpec {
  const text = TARGETS[target];
  const leap = leapTarget(text).leap;
  const predicted = predictedSlope(text);
  return defineClaim<EscapeRun>({
    id: `leap.${slug}`,
    source: source('abstract and main conjecture: online SGD learns a leap-L target in Θ̃(d^{max(L−1,1)}) samples'),
    statement: `Online SGD on a two-layer ReLU net needs a number of samples to escape the initial plateau of ${text} (leap ${leap}) that grows as d^${predicted}.`,
    quantity: `log-log slope of samples to reach test NMSE ≤ 0.5 against d at one lr for the whole d grid (the largest ladder lr at which every pilot seed at the largest d escaped without diverging), 90% seed interval`,
    expected: { value: predicted, tolerance: 0.5 },
    rule: `pass when the whole seed interval of the slope lies within ${predicted} ± 0.5 (CLAIMS.md C3.1); a measured run at the chosen lr that diverges or never escapes within the budget leaves the slope undefined (fail)`,
    lowestTier,
    control: {
      description:
        'random ±1 labels independent of x, same d grid, lr ladder, pilot rule and budget: no pilot escapes, so no lr and no slope',
    },
    usesBackend: false,
    cellGroup: 'escape',
    gated: escapeGating,
    cells: (tier) => escapeCells(tier, sweep, target),
    run: runEscape,
    measure: (cells, ctx) => escapeSlope(cells, ctx.random, predicted),
  });
}

export const escapeLeap1 = escapeSlopeClaim('escape-leap1', 'leap1', 'leap1', 'quick');
export const escapeLeap2 = escapeSlopeClaim('escape-leap2', 'leap2', 'leap2', 'quick');
export const escapeLeap3 = escapeSlopeClaim('escape-leap3', 'leap3', 'leap3', 'quick');
export const escapeLeap4 = escapeSlopeClaim('escape-leap4', 'leap4', 'leap4', 'full');
