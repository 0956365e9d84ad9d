import { defineClaim, type Tier } from '@repro/claims';
import { linkSlope, projectionCoefficient } from '@repro/task-hierpoly';
import { curveCells, type LayerwiseOutput, pointAt, runLayerwise } from './layerwise-cell.ts';
import { source } from './paper.ts';
import { seedExtreme } from './seed-extreme.ts';
import { CORR_DIMS, CORR_MULTIPLIER, layerwiseParams, MULTIPLIERS, SEEDS } from './sizes.ts';

export const CORR_THRESHOLD = 0.9;

function cells(tier: Tier) {
  return [
    ...curveCells('claim', (d) => layerwiseParams(tier, 2, d, 'cube'), CORR_DIMS[tier], SEEDS[tier]),
    ...curveCells('control', (d) => layerwiseParams(tier, 2, d, 'he2'), CORR_DIMS[tier], SEEDS[tier]),
  ];
}

export const featureCorr = defineClaim<LayerwiseOutput>({
  id: 'hierpoly.feature-corr',
  source: source('abstract and §3 (stage 1 recovers the feature p with Õ(d^k) samples); CLAIMS.md C5.1'),
  statement:
    'Stage 1 of the layer-wise three-layer network (ridge on degree-2 random features) learns η̂ with corr(η̂, p) ≥ 0.9 at n = 16·d² for every d of the grid, for h = p³/√15 (k = 2, E[g′] = 3/√15).',
  quantity: 'min over d of the seed-mean test corr(η̂, p) at n = 16·d², 90% seed interval',
  expected: { value: 0.95, tolerance: 0.05, band: [CORR_THRESHOLD, null] },
  rule: 'pass when the whole seed interval of the smallest per-d mean correlation lies at or above 0.9',
  lowestTier: 'quick',
  control: {
    description:
      'g = He₂ = (z² − 1)/√2 (E[g′] = 0, and P_{≤2}h = (1/(L√2))·Σ He₂(x_i) is orthogonal to p): stage 1 has no degree-2 signal along p, so corr(η̂, p) must stay far below 0.9',
  },
  usesBackend: true,
  cellGroup: 'hierpoly.three-layer-learns',
  cells,
  run: runLayerwise,
  measure: (outcomes, ctx) => {
    const link = ctx.arm === 'claim' ? 'cube' : 'he2';
    const dims = [...new Set(outcomes.map((c) => Number(c.params.d)))].sort((a, b) => a - b);
    const byD = dims.map((d) =>
      outcomes.filter((c) => Number(c.params.d) === d).sort((a, b) => a.replicate - b.replicate),
    );
    const corr = byD.map((cs) => cs.map((c) => pointAt(c, CORR_MULTIPLIER).corr));
    const stat = seedExtreme(corr, 'min', ctx.random);
    const series = byD.map((cs, i) => ({
      name: `d = ${dims[i]}`,
      points: MULTIPLIERS.map((m) => ({ x: m, y: cs.reduce((s, c) => s + pointAt(c, m).corr, 0) / cs.length })),
    }));
    const coef = dims.map((d) => projectionCoefficient(link, 2, Math.floor(d / 2)));
    return {
      value: stat.value,
      interval: stat.interval,
      note: `g = ${link}, E[g′] = ${linkSlope(link).toFixed(3)}; mean corr at n = 16·d²: ${dims.map((d, i) => `d = ${d}: ${(stat.means[i] as number).toFixed(3)}`).join(', ')}; coefficient of p in P_{≤2}h: ${coef.map((c) => c?.toFixed(3)).join(', ')}`,
      detail: { dims, means: stat.means, lambdas: byD.map((cs) => cs.map((c) => pointAt(c, CORR_MULTIPLIER).lambda)) },
      plot: {
        kind: 'curve',
        xLabel: 'n / d²',
        yLabel: 'test corr(η̂, p)',
        logX: true,
        series,
        lines: [{ name: 'threshold 0.9', kind: 'hline', at: CORR_THRESHOLD, role: 'threshold' }],
      },
    };
  },
});
