import { defineClaim, type Measurement, resample, seedInterval, type Tier } from '@repro/claims';
import { source } from './paper-4b.ts';
import { predictedRank, RECOVERY_EPS, RECOVERY_GAMMA, recoveryCells, recoveryParams } from './recovery-sizes.ts';
import { recoveredRank } from './recovery-stats.ts';
import { type CurveOutput, runCurve } from './transition-cell.ts';

function cells(tier: Tier) {
  return [
    ...recoveryCells(tier, 'claim', recoveryParams(tier, RECOVERY_GAMMA, false)),
    ...recoveryCells(tier, 'control', recoveryParams(tier, 0, false)),
  ];
}

/** The γ = 0.8 staircase m_th(α) on the cells' grid (the control is compared with the same staircase). */
function predictedStaircase(outcomes: CurveOutput[], d: number, p: number): number[] {
  return (outcomes[0]?.points ?? []).map((q) => predictedRank(q.alpha, d, RECOVERY_EPS, RECOVERY_GAMMA, p));
}

function worstGap(emp: number[], th: number[]): number {
  return Math.max(...emp.map((m, i) => Math.abs(m - (th[i] as number))));
}

export const staircase = defineClaim<CurveOutput>({
  id: 'spectral.staircase',
  source: source('Fig. 3 panel B (recovered rank vs α) and m_th(α); CLAIMS.md C4b.2'),
  statement:
    'The number of recovered directions (squared projection > 0.5) follows the staircase m_th(α) = clip(⌊d^{(α − α_th(1))/2γ}⌋, 0, p) within ±max(2, 0.3·p) directions at every α of the grid (quick: d = 20, ε = 0.75, p = 9, γ = 0.8, Gaussian-equivalent model).',
  quantity: 'max over α of |seed-mean recovered rank − m_th(α)| (directions), 90% seed-bootstrap interval',
  expected: { value: 0, tolerance: 2.7, band: [null, 2.7] },
  rule: 'pass when the whole seed interval lies below max(2, 0.3·p) = 2.7 at p = 9 (the gap is ≥ 0 by construction, so the band has no lower edge)',
  lowestTier: 'quick',
  control: {
    description:
      'γ = 0 (equal strengths) compared with the same γ = 0.8 staircase: all directions appear at once, so the rank jumps past the staircase',
  },
  usesBackend: true,
  cellGroup: 'spectral.ordering',
  cells,
  run: runCurve,
  measure: (outcomes, ctx): Measurement => {
    const d = Number(outcomes[0]?.params.d);
    const p = outcomes[0]?.output.points[0]?.recovery.length ?? 0;
    const th = predictedStaircase(
      outcomes.map((c) => c.output),
      d,
      p,
    );
    const emp = recoveredRank(outcomes);
    const value = worstGap(emp, th);
    const reps = Array.from({ length: 2000 }, () => worstGap(recoveredRank(resample(outcomes, ctx.random)), th));
    const { interval } = seedInterval(value, reps, { seeds: outcomes.length, level: 0.9 });
    const alphas = (outcomes[0]?.output.points ?? []).map((q) => q.alpha);
    return {
      value,
      interval,
      note: `d = ${d}, p = ${p}, γ = ${outcomes[0]?.params.gamma}: rank ${emp.map((m) => m.toFixed(1)).join(' ')} vs m_th ${th.join(' ')} at α = ${alphas.join(', ')}`,
      detail: { rank: emp, predicted: th, alphas },
      plot: {
        kind: 'curve',
        xLabel: 'α (n = d^α)',
        yLabel: 'recovered directions (seed mean)',
        series: [
          { name: 'measured rank', points: alphas.map((a, i) => ({ x: a, y: emp[i] as number })) },
          { name: 'predicted staircase m_th (γ = 0.8)', points: alphas.map((a, i) => ({ x: a, y: th[i] as number })) },
        ],
      },
    };
  },
});
