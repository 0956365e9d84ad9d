import { type CellSpec, defineClaim, type Measurement, mean, resample, seedInterval, type Tier } from '@repro/claims';
import { type LofiVsRfResult, lofiVsRandomFeatures, logGrid, sampleTeacher } from '@repro/task-spectral';
import { armLabels, lofiTrainDraw } from './lofi-draw.ts';
import { lofiSource } from './lofi-paper.ts';

/**
 * NLoFi vs lazy random features on the C4a teacher (ε = 0.5, power-law B with γ = 0.25, g = id). Layer 1: P₁
 * poly2 features of x, K₁ = p eigenvectors by |λ| (uncentred, as upstream); layer 2: P₂ poly2 features of the
 * K₁-dim representation, no reduction; RF: P₁ + P₂ poly2 features of x. Both read out by the same RidgeCV
 * (25 values in 10⁻⁶…10⁶, 5 folds). n = ⌊d^α⌋ training points, 2000 test points.
 */
export const LOFI_VS_RF: Record<
  Tier,
  { d: number; alpha: number; p1: number; p2: number; seeds: number; test: number }
> = {
  smoke: { d: 8, alpha: 3.5, p1: 60, p2: 20, seeds: 1, test: 500 },
  quick: { d: 16, alpha: 4, p1: 200, p2: 50, seeds: 3, test: 2000 },
  full: { d: 20, alpha: 4, p1: 400, p2: 100, seeds: 5, test: 4000 },
};
/** Required NMSE ratio NLoFi / RF (CLAIMS.md C4c.1). */
export const LOFI_RATIO = 0.7;

function cells(tier: Tier): CellSpec[] {
  const { d, alpha, p1, p2, seeds, test } = LOFI_VS_RF[tier];
  return (['claim', 'control'] as const).flatMap((arm) =>
    Array.from({ length: seeds }, (_, replicate) => ({ arm, params: { d, alpha, p1, p2, test }, replicate })),
  );
}

export const lofiVsRf = defineClaim<LofiVsRfResult>({
  id: 'spectral.lofi-vs-rf',
  source: lofiSource('abstract ("Neural LoFi improves over lazy random-feature baselines"); CLAIMS.md C4c.1'),
  statement:
    'Two-layer Neural LoFi reaches a test NMSE at most 0.7 times that of lazy random features of the same total width with the same RidgeCV readout, on the hierarchical quadratic teacher.',
  quantity: 'seed mean of NMSE_NLoFi / NMSE_RF (paired per seed: same data); 90% seed-bootstrap interval',
  expected: { value: LOFI_RATIO, tolerance: 0, band: [null, LOFI_RATIO] },
  rule: 'pass when the whole interval is ≤ 0.7',
  lowestTier: 'quick',
  control: {
    description:
      'the layer-1 filter is computed with permuted training labels (no label information in the learned features; the readout still sees the true labels): NLoFi has nothing over RF and the rule must fail',
  },
  usesBackend: false,
  cells,
  run: async (cell, ctx) => {
    const { d, n, teacher, train } = lofiTrainDraw(cell, ctx);
    const test = sampleTeacher(teacher, Number(cell.params.test), ctx.rng);
    const filter = armLabels(cell, train.y, ctx.rng);
    const config = {
      p1: Number(cell.params.p1),
      k1: teacher.p,
      p2: Number(cell.params.p2),
      activation: 'poly2' as const,
      centre: false,
      grid: logGrid(-6, 6, 25),
      folds: 5,
    };
    return lofiVsRandomFeatures(
      { x: train.x, y: train.y, n },
      { x: test.x, y: test.y, n: test.n },
      d,
      config,
      filter,
      ctx.rng,
    );
  },
  measure: (outcomes, ctx): Measurement => {
    const ratios = outcomes.map((o) => o.output.lofi / o.output.rf);
    const value = mean(ratios);
    const reps = Array.from({ length: 1000 }, () => mean(resample(ratios, ctx.random)));
    const { interval } = seedInterval(value, reps, { seeds: ratios.length, level: 0.9 });
    return {
      value,
      interval,
      note: `per seed NMSE NLoFi / RF: ${outcomes.map((o) => `${o.output.lofi.toFixed(3)}/${o.output.rf.toFixed(3)}`).join(' ')}`,
      detail: outcomes.map((o) => ({ replicate: o.replicate, ...o.output })),
      plot: {
        kind: 'curve',
        xLabel: 'seed',
        yLabel: 'test NMSE',
        series: [
          { name: 'Neural LoFi', points: outcomes.map((o) => ({ x: o.replicate, y: o.output.lofi })) },
          { name: 'random features (same width)', points: outcomes.map((o) => ({ x: o.replicate, y: o.output.rf })) },
        ],
      },
    };
  },
});
