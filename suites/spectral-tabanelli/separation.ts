import { defineClaim, type Measurement, resample, seedInterval, type Tier } from '@repro/claims';
import { source } from './paper.ts';
import { curveCells, curveParams, DIMS } from './sizes.ts';
import { type CurveOutput, runCurve, select } from './transition-cell.ts';

/** Catalog thresholds (CLAIMS.md C4a.1): kernel ridge on x stays at NMSE ≥ 0.8, the spectral estimator reaches ≤ 0.3. */
const KERNEL_FLOOR = 0.8;
const SPECTRAL_CEILING = 0.3;

function cells(tier: Tier) {
  const d = DIMS[tier][1];
  return [
    ...curveCells(tier, 'claim', curveParams(tier, d, 'true', false)),
    ...curveCells(tier, 'control', curveParams(tier, d, 'true', true)),
  ];
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** Seed means of the kernel NMSE (at its cap), the spectral NMSE at the largest α, and the separation margin. */
function margins(cs: { output: CurveOutput }[]) {
  const kernel = mean(cs.map((c) => c.output.baselines?.kernel ?? Number.NaN));
  const spectral = mean(cs.map((c) => c.output.points.at(-1)?.nmse ?? Number.NaN));
  return { kernel, spectral, value: Math.min(kernel - KERNEL_FLOOR, SPECTRAL_CEILING - spectral) };
}

export const separation = defineClaim<CurveOutput>({
  id: 'spectral.separation',
  source: source('abstract and Fig. 3 (shallow kernel methods need n = O(d^{deg}), deg = 4); CLAIMS.md C4a.1'),
  statement:
    'Kernel ridge on the raw inputs x stays at test NMSE ≥ 0.8 where the layer-wise spectral estimator reaches NMSE ≤ 0.3 (quick: d = 30, real inputs, the estimator at the largest α of the grid, the kernel on the first 1500 points of the same draw).',
  quantity:
    'margin = min(NMSE_kernel − 0.8, 0.3 − NMSE_spectral) from seed means (RBF kernel, bandwidth d, best of 4 ridges on the test set), 90% seed-bootstrap interval',
  expected: { value: 0.1, tolerance: 0.1, band: [0, null] },
  rule: 'pass when the whole seed interval of the margin lies above 0, i.e. both the kernel floor and the spectral ceiling hold',
  lowestTier: 'quick',
  control: {
    description:
      'labels permuted across the training samples: neither method learns, the spectral NMSE stays near 1 and the margin is negative',
  },
  usesBackend: true,
  cellGroup: 'spectral.transition',
  cells,
  run: runCurve,
  measure: (outcomes, ctx): Measurement => {
    const d = Math.max(...outcomes.map((c) => Number(c.params.d)));
    const cs = select(outcomes, d, 'true', ctx.arm === 'control');
    const whole = margins(cs);
    const reps = Array.from({ length: 2000 }, () => margins(resample(cs, ctx.random)).value);
    const { interval } = seedInterval(whole.value, reps, { seeds: cs.length, level: 0.9 });
    const points = cs[0]?.output.points ?? [];
    const cap = cs[0]?.output.baselines?.n ?? 0;
    const rf = mean(cs.map((c) => c.output.baselines?.randomFeatures ?? Number.NaN));
    const at = (i: number, f: (p: CurveOutput['points'][number]) => number) =>
      mean(cs.flatMap((c) => (c.output.points[i] ? [f(c.output.points[i])] : [])));
    const last = points.at(-1);
    return {
      value: whole.value,
      interval,
      note: `d = ${d}: spectral NMSE ${whole.spectral.toFixed(3)} at α = ${last?.alpha} (n = ${last?.n}); kernel ridge ${whole.kernel.toFixed(3)} and random features ${rf.toFixed(3)} at n = ${cap} (α = ${(Math.log(cap) / Math.log(d)).toFixed(2)})`,
      detail: { kernel: whole.kernel, spectral: whole.spectral, randomFeatures: rf, cap },
      plot: {
        kind: 'curve',
        xLabel: 'α (n = d^α)',
        yLabel: 'test NMSE / subspace overlap ovA (seed mean)',
        series: [
          { name: 'spectral estimator NMSE', points: points.map((p, i) => ({ x: p.alpha, y: at(i, (q) => q.nmse) })) },
          {
            name: 'spectral estimator overlap ovA',
            points: points.map((p, i) => ({ x: p.alpha, y: at(i, (q) => mean(q.recovery)) })),
          },
          { name: `kernel ridge NMSE (n = ${cap})`, points: [{ x: Math.log(cap) / Math.log(d), y: whole.kernel }] },
          { name: `random features NMSE (n = ${cap})`, points: [{ x: Math.log(cap) / Math.log(d), y: rf }] },
        ],
        lines: [
          { name: 'kernel floor 0.8', kind: 'hline', at: KERNEL_FLOOR, role: 'threshold' },
          { name: 'spectral ceiling 0.3', kind: 'hline', at: SPECTRAL_CEILING, role: 'threshold' },
        ],
      },
    };
  },
});
