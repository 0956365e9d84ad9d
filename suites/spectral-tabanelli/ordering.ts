import { defineClaim, type Measurement, ols, resample, seedInterval, spearman, type Tier } from '@repro/claims';
import { source } from './paper-4b.ts';
import {
  alphaThreshold,
  RECOVERY_EPS,
  RECOVERY_GAMMA,
  recoveryCells,
  recoveryDim,
  recoveryParams,
} from './recovery-sizes.ts';
import { crossings, meanRecovery } from './recovery-stats.ts';
import { type CurveOutput, runCurve } from './transition-cell.ts';

function cells(tier: Tier) {
  return [
    ...recoveryCells(tier, 'claim', recoveryParams(tier, RECOVERY_GAMMA, false)),
    ...recoveryCells(tier, 'control', recoveryParams(tier, 0, false)),
  ];
}

/** Slope of α_cross(i) on ln i / ln d over the directions that cross on the grid (NaN with fewer than 2). */
function orderingSlope(
  cs: Parameters<typeof crossings>[0],
  d: number,
): { slope: number; rho: number; crossed: number } {
  const c = crossings(cs);
  const idx = c.map((_, j) => j).filter((j) => Number.isFinite(c[j] as number));
  const x = idx.map((j) => Math.log(j + 1) / Math.log(d));
  const y = idx.map((j) => c[j] as number);
  return { slope: ols(x, y).slope, rho: spearman(idx, y), crossed: idx.length };
}

export const ordering = defineClaim<CurveOutput>({
  id: 'spectral.ordering',
  source: source('Fig. 3 panel A (direction-wise recovery) and the threshold α_th(i); CLAIMS.md C4b.1'),
  statement:
    'Teacher directions are recovered one by one in order of strength: the α at which direction i’s squared projection on the estimated span crosses 0.5 grows with i as α_th(i) = 2 + 2γ·ln i/ln d (γ = 0.8 ≥ ½), i.e. slope 2γ = 1.6 against ln i/ln d (quick: d = 20, ε = 0.75, p = 9, Gaussian-equivalent model).',
  quantity:
    'OLS slope of α_cross(i) on ln i/ln d over the directions that cross on the grid (seed-mean recovery curves), 90% seed-bootstrap interval',
  expected: { value: 2 * RECOVERY_GAMMA, tolerance: RECOVERY_GAMMA },
  rule: 'pass when the whole seed interval lies within 2γ ± 50% = [0.8, 2.4]; the Spearman correlation of i and α_cross(i) is reported alongside',
  lowestTier: 'quick',
  control: {
    description:
      'γ = 0 (all directions of equal strength): they cross together, the slope is near 0 and outside the band',
  },
  usesBackend: true,
  cellGroup: 'spectral.ordering',
  cells,
  run: runCurve,
  measure: (outcomes, ctx): Measurement => {
    const d = Number(outcomes[0]?.params.d ?? recoveryDim(ctx.tier));
    const gamma = Number(outcomes[0]?.params.gamma);
    const whole = orderingSlope(outcomes, d);
    const reps = Array.from({ length: 2000 }, () => orderingSlope(resample(outcomes, ctx.random), d).slope);
    const { interval } = seedInterval(whole.slope, reps, { seeds: outcomes.length, level: 0.9 });
    const { alphas, r } = meanRecovery(outcomes);
    const p = r[0]?.length ?? 0;
    const cross = crossings(outcomes);
    return {
      value: Number.isFinite(whole.slope) ? whole.slope : null,
      interval: Number.isFinite(whole.slope) ? interval : null,
      note: `d = ${d}, γ = ${gamma}, p = ${p}: ${whole.crossed}/${p} directions cross; α_cross = ${cross.map((a) => a.toFixed(2)).join(', ')}; Spearman(i, α_cross) = ${whole.rho.toFixed(2)}`,
      detail: { crossings: cross.map((a) => (Number.isFinite(a) ? a : null)), spearman: whole.rho },
      plot: {
        kind: 'curve',
        xLabel: 'α (n = d^α)',
        yLabel: 'cos²θ_i: squared projection of A_i on the estimated span (seed mean)',
        series: Array.from({ length: p }, (_, j) => ({
          name: `direction ${j + 1}`,
          points: alphas.map((a, i) => ({ x: a, y: r[i]?.[j] as number })),
        })),
        lines: [
          { name: 'recovered 0.5', kind: 'hline', at: 0.5, role: 'threshold' },
          ...Array.from({ length: p }, (_, j) => ({
            name: `α_th(${j + 1})`,
            kind: 'vline' as const,
            at: alphaThreshold(j + 1, d, RECOVERY_EPS, gamma),
            role: 'prediction' as const,
          })),
        ],
      },
    };
  },
});
