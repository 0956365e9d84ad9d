import { defineClaim, type Measurement, resample, seedInterval, type Tier } from '@repro/claims';
import { source } from './paper.ts';
import { curveCells, curveParams, DIMS } from './sizes.ts';
import { type CurveOutput, runCurve, select } from './transition-cell.ts';

function cells(tier: Tier) {
  const d = DIMS[tier][0];
  return [
    ...curveCells(tier, 'claim', curveParams(tier, d, 'true', false)),
    ...curveCells(tier, 'claim', curveParams(tier, d, 'gauss', false)),
    ...curveCells(tier, 'control', curveParams(tier, d, 'true', true)),
    ...curveCells(tier, 'control', curveParams(tier, d, 'gauss', false)),
  ];
}

/**
 * max over α of |mean_a − mean_b| / (2·s), s = √((s_a² + s_b²)/2) from the seeds' NMSE, floored at the test-set
 * resolution of an NMSE estimate, NMSE·√(2/testSize) (a resample of identical seeds has s_a = s_b = 0).
 */
function gap(a: number[][], b: number[][], testSize: number): { value: number; at: number } {
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const sd = (xs: number[]) => {
    const m = mean(xs);
    return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / Math.max(1, xs.length - 1));
  };
  let best = { value: 0, at: 0 };
  (a[0] ?? []).forEach((_, i) => {
    const xa = a.map((c) => c[i] as number);
    const xb = b.map((c) => c[i] as number);
    const floor = Math.max(mean(xa), mean(xb)) * Math.sqrt(2 / testSize);
    const spread = 2 * Math.max(Math.sqrt((sd(xa) ** 2 + sd(xb) ** 2) / 2), floor);
    const v = Math.abs(mean(xa) - mean(xb)) / spread;
    if (v > best.value) best = { value: v, at: i };
  });
  return best;
}

export const universality = defineClaim<CurveOutput>({
  id: 'spectral.universality',
  source: source(
    'abstract ("our analysis relies on Gaussian universality"), run_2layers.py --models true,gauss; CLAIMS.md C4a.2',
  ),
  statement:
    'The test-NMSE curve of the spectral estimator on real Gaussian inputs coincides with the one on the Gaussian-equivalent model (i.i.d. degree-2 features): |NMSE_true − NMSE_gauss| ≤ 2 seed standard deviations at every α (quick: d = 20).',
  quantity:
    'max over α of |mean NMSE_true − mean NMSE_gauss| / (2·pooled seed sd, floored at the test-set resolution NMSE·√(2/n_test)), 90% seed-bootstrap interval',
  expected: { value: 0.5, tolerance: 0.5, band: [0, 1] },
  rule: 'pass when the whole seed interval lies in [0, 1]',
  lowestTier: 'quick',
  control: {
    description:
      'real inputs with permuted labels against the Gaussian-equivalent model: curves that differ by construction, which the rule must flag',
  },
  usesBackend: true,
  cellGroup: 'spectral.transition',
  cells,
  run: runCurve,
  measure: (outcomes, ctx): Measurement => {
    const d = Number(outcomes[0]?.params.d);
    const realCells = select(outcomes, d, 'true', ctx.arm === 'control');
    const gaussCells = select(outcomes, d, 'gauss', false);
    const curves = (cs: typeof realCells) => cs.map((c) => c.output.points.map((p) => p.nmse));
    const testSize = Number(outcomes[0]?.params.test);
    const whole = gap(curves(realCells), curves(gaussCells), testSize);
    const reps = Array.from(
      { length: 2000 },
      () => gap(curves(resample(realCells, ctx.random)), curves(resample(gaussCells, ctx.random)), testSize).value,
    );
    const { interval } = seedInterval(whole.value, reps, {
      seeds: Math.min(realCells.length, gaussCells.length),
      level: 0.9,
    });
    const alphas = realCells[0]?.output.points.map((p) => p.alpha) ?? [];
    const mean = (cs: typeof realCells, i: number) =>
      cs.reduce((s, c) => s + (c.output.points[i]?.nmse ?? 0), 0) / cs.length;
    return {
      value: whole.value,
      interval,
      note: `d = ${d}; largest gap at α = ${alphas[whole.at]}: NMSE ${mean(realCells, whole.at).toFixed(3)} (${ctx.arm === 'control' ? 'real, permuted labels' : 'real'}) vs ${mean(gaussCells, whole.at).toFixed(3)} (Gaussian-equivalent)`,
      plot: {
        kind: 'curve',
        xLabel: 'α (n = d^α)',
        yLabel: 'test NMSE (seed mean)',
        logY: true,
        series: [
          {
            name: ctx.arm === 'control' ? 'real inputs, permuted labels' : 'real inputs',
            points: alphas.map((a, i) => ({ x: a, y: mean(realCells, i) })),
          },
          { name: 'Gaussian-equivalent', points: alphas.map((a, i) => ({ x: a, y: mean(gaussCells, i) })) },
        ],
      },
    };
  },
});
