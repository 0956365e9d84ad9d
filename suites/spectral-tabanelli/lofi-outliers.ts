import { type CellSpec, defineClaim, type Measurement, mean, resample, seedInterval, type Tier } from '@repro/claims';
import { lofiOutliers, type OutlierCount } from '@repro/task-spectral';
import { armLabels, lofiTrainDraw } from './lofi-draw.ts';
import { lofiSource } from './lofi-paper.ts';
import { EPS } from './sizes.ts';

/**
 * First-layer outliers of the Neural LoFi signed covariance on the C4a teacher (ε = 0.5, γ = 0.25 power-law B,
 * g = id), P poly2 features, column-centred (the uncentred mean direction gives a label-correlated outlier at
 * every n). n = ⌊d^α⌋; up to 3p outliers are counted (top 3p |λ| by subspace iteration).
 */
export const LOFI_OUTLIERS: Record<Tier, { d: number; p: number; alphas: number[]; seeds: number }> = {
  smoke: { d: 8, p: 60, alphas: [2, 2.5, 3], seeds: 1 },
  quick: { d: 16, p: 200, alphas: [2, 2.25, 2.5, 2.75, 3, 3.25, 3.5], seeds: 3 },
  full: { d: 20, p: 300, alphas: [2, 2.25, 2.5, 2.75, 3, 3.25, 3.5, 3.75], seeds: 5 },
};

function cells(tier: Tier): CellSpec[] {
  const { d, p, alphas, seeds } = LOFI_OUTLIERS[tier];
  return (['claim', 'control'] as const).flatMap((arm) =>
    alphas.flatMap((alpha) =>
      Array.from({ length: seeds }, (_, replicate) => ({ arm, params: { d, p, alpha }, replicate })),
    ),
  );
}

/** Predicted count: 0 below α = 2 + ε, p (teacher directions) at and above. */
const predicted = (alpha: number, p: number): number => (alpha < 2 + EPS ? 0 : p);

function statistic(rows: { alpha: number; count: number; replicate: number }[], p: number): number {
  const alphas = [...new Set(rows.map((r) => r.alpha))].sort((a, b) => a - b);
  return Math.max(
    ...alphas.map((a) => Math.abs(mean(rows.filter((r) => r.alpha === a).map((r) => r.count)) - predicted(a, p))),
  );
}

export const lofiOutliersClaim = defineClaim<OutlierCount>({
  id: 'spectral.lofi-outliers',
  source: lofiSource('abstract ("emergence of concepts arises with given sample complexity"); CLAIMS.md C4c.2'),
  statement:
    'The number of outlier eigenvalues of the first-layer Neural LoFi signed covariance jumps from 0 to p (the number of teacher directions) around n = d^α with α ≈ 2 + ε = 2.5.',
  quantity:
    'max over α of |seed-mean count(α) − predicted(α)|, predicted = 0 for α < 2.5 and p for α ≥ 2.5; count = eigenvalues with |λ| above the largest |λ| of the permuted-label covariance (capped at 3p); 90% seed-bootstrap interval',
  expected: { value: 0, tolerance: 2, band: [0, 2] },
  rule: 'pass when the whole interval is ≤ 2 (= p/2 at d = 16 and d = 20, where ε = 0.5 gives p = 4)',
  lowestTier: 'quick',
  control: {
    description:
      'the covariance is built from permuted labels (another permutation than the edge’s): no outliers at any α, so the count misses p above 2 + ε and the rule must fail',
  },
  usesBackend: false,
  cells,
  run: async (cell, ctx) => {
    const { d, n, teacher, train } = lofiTrainDraw(cell, ctx);
    const labels = armLabels(cell, train.y, ctx.rng);
    const out = lofiOutliers(
      train.x,
      n,
      d,
      labels,
      { p: Number(cell.params.p), activation: 'poly2', maxCount: 3 * teacher.p },
      ctx.rng,
    );
    return { ...out, teacherP: teacher.p };
  },
  measure: (outcomes, ctx): Measurement => {
    const p = Number(outcomes[0]?.output.teacherP ?? 0);
    const rows = outcomes.map((o) => ({
      alpha: Number(o.params.alpha),
      count: o.output.count as number,
      replicate: o.replicate,
    }));
    const value = statistic(rows, p);
    const seeds = [...new Set(rows.map((r) => r.replicate))];
    const reps = Array.from({ length: 1000 }, () =>
      statistic(
        resample(seeds, ctx.random).flatMap((s, i) =>
          rows.filter((r) => r.replicate === s).map((r) => ({ ...r, replicate: i })),
        ),
        p,
      ),
    );
    const { interval } = seedInterval(value, reps, { seeds: seeds.length, level: 0.9 });
    const alphas = [...new Set(rows.map((r) => r.alpha))].sort((a, b) => a - b);
    const byAlpha = alphas.map((a) => {
      const os = outcomes.filter((o) => Number(o.params.alpha) === a);
      return {
        alpha: a,
        count: mean(os.map((o) => o.output.count as number)),
        edge: mean(os.map((o) => o.output.edge as number)),
        top: mean(os.map((o) => (o.output.top as number[])[0] as number)),
      };
    });
    return {
      value,
      interval,
      note: `p = ${p}; seed means: ${byAlpha.map((b) => `(α ${b.alpha}: count ${b.count.toFixed(2)}, top |λ| ${b.top.toFixed(4)}, edge ${b.edge.toFixed(4)})`).join(' ')}`,
      detail: byAlpha,
      plot: {
        kind: 'curve',
        xLabel: 'α (n = d^α)',
        yLabel: 'outlier eigenvalues (seed mean)',
        series: [
          { name: 'count', points: byAlpha.map((b) => ({ x: b.alpha, y: b.count })) },
          { name: 'predicted step', points: alphas.map((a) => ({ x: a, y: predicted(a, p) })) },
        ],
        lines: [{ name: '2 + ε', kind: 'vline', at: 2 + EPS, role: 'prediction' }],
      },
    };
  },
});
