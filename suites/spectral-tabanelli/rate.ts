import { defineClaim, type Measurement, ols, resample, seedInterval, type Tier } from '@repro/claims';
import { source } from './paper-4b.ts';
import { ABOVE, RECOVERY_GAMMA, recoveryCells, recoveryParams } from './recovery-sizes.ts';
import { meanRecovery } from './recovery-stats.ts';
import { type CurveOutput, runCurve } from './transition-cell.ts';

function cells(tier: Tier) {
  return [
    ...recoveryCells(tier, 'claim', recoveryParams(tier, RECOVERY_GAMMA, false)),
    ...recoveryCells(tier, 'control', recoveryParams(tier, RECOVERY_GAMMA, true)),
  ];
}

/** Per direction, the α indices where its seed-mean recovery is ≥ 0.8 (at least 3 of them, else none). */
function windows(r: number[][]): number[][] {
  const p = r[0]?.length ?? 0;
  return Array.from({ length: p }, (_, j) => {
    const idx = r.map((_, i) => i).filter((i) => (r[i]?.[j] as number) >= ABOVE && (r[i]?.[j] as number) < 1);
    return idx.length >= 3 ? idx : [];
  });
}

/** Mean over directions of the OLS slope of ln(1 − recovery) on ln n, each in its own above-threshold window. */
function rateSlope(cs: Parameters<typeof meanRecovery>[0], fixed?: number[][]) {
  const { n, r } = meanRecovery(cs);
  const win = fixed ?? windows(r);
  const slopes = win.flatMap((idx, j) =>
    idx.length >= 3
      ? [
          ols(
            idx.map((i) => Math.log(n[i] as number)),
            idx.map((i) => Math.log(1 - (r[i]?.[j] as number))),
          ).slope,
        ]
      : [],
  );
  return { slope: slopes.length ? slopes.reduce((s, v) => s + v, 0) / slopes.length : Number.NaN, slopes, win };
}

export const rate = defineClaim<CurveOutput>({
  id: 'spectral.rate',
  source: source('Fig. 3 panel B (the ∼1/n segment above threshold); CLAIMS.md C4b.3'),
  statement:
    'Above its threshold, each direction’s estimation error decays as 1/n: the slope of ln(1 − cos²θ_i) against ln n is −1 ± 0.3 (quick: d = 20, ε = 0.75, γ = 0.8, Gaussian-equivalent model).',
  quantity:
    'mean over directions of the OLS slope of ln(1 − recovery_i) on ln n, over the α where the seed-mean recovery is ≥ 0.8 (directions with ≥ 3 such α), 90% seed-bootstrap interval (windows fixed)',
  expected: { value: -1, tolerance: 0.3 },
  rule: 'pass when the whole seed interval lies within [−1.3, −0.7]; no value (fail) when no direction has 3 grid points above 0.8',
  lowestTier: 'quick',
  control: {
    description: 'labels permuted across the training samples: no direction rises above 0.8, so there is no rate',
  },
  usesBackend: true,
  cellGroup: 'spectral.ordering',
  cells,
  run: runCurve,
  measure: (outcomes, ctx): Measurement => {
    const whole = rateSlope(outcomes);
    const { n, r } = meanRecovery(outcomes);
    const used = whole.win.map((idx, j) => ({ j, idx })).filter((w) => w.idx.length >= 3);
    if (used.length === 0)
      return { value: null, interval: null, note: 'no direction has 3 grid points with recovery ≥ 0.8' };
    const reps = Array.from({ length: 2000 }, () => rateSlope(resample(outcomes, ctx.random), whole.win).slope);
    const { interval } = seedInterval(whole.slope, reps, { seeds: outcomes.length, level: 0.9 });
    const first = used[0] as { j: number; idx: number[] };
    const i0 = first.idx[0] as number;
    const pivot = (1 - (r[i0]?.[first.j] as number)) * (n[i0] as number);
    return {
      value: whole.slope,
      interval,
      note: `${used.length} directions fitted; slopes ${whole.slopes.map((s) => s.toFixed(2)).join(', ')}`,
      detail: { slopes: whole.slopes },
      plot: {
        kind: 'curve',
        xLabel: 'n',
        yLabel: '1 − cos²θ_i (seed mean, above threshold)',
        logX: true,
        logY: true,
        series: used.map(({ j, idx }) => ({
          name: `direction ${j + 1}`,
          points: idx.map((i) => ({ x: n[i] as number, y: 1 - (r[i]?.[j] as number) })),
        })),
        lines: [
          {
            name: 'slope −1 (1/n), through direction 1’s first point',
            kind: 'power',
            a: pivot,
            b: -1,
            role: 'prediction',
          },
        ],
      },
    };
  },
});
