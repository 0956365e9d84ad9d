import { defineClaim, type Tier } from '@repro/claims';
import { curveCells, type LayerwiseOutput, runLayerwise } from './layerwise-cell.ts';
import { source } from './paper.ts';
import { separationMeasurement } from './separation-stats.ts';
import { CUBIC_DIMS, layerwiseParams, SEEDS } from './sizes.ts';

function cells(tier: Tier) {
  const params = (d: number) => layerwiseParams(tier, 3, d, 'cube');
  return [
    ...curveCells('claim', params, CUBIC_DIMS[tier], SEEDS[tier]),
    ...curveCells('control', params, CUBIC_DIMS[tier], SEEDS[tier]),
  ];
}

export const threeLayerCubic = defineClaim<LayerwiseOutput>({
  id: 'hierpoly.three-layer-cubic',
  source: source('Theorem 1 for k = 3 (p of degree 3: Õ(d³) samples); CLAIMS.md C5.2, k = 3 row'),
  statement:
    'With a cubic hidden feature p (triple products over L = d/3 groups, σ₁ = z³ − 3z, m₁ = 2·C(d+2, 3)) the layer-wise network reaches test NMSE ≤ 0.15 on h = p³/√15 at n = 32·d³ for every d of the k = 3 row, still decreasing over the last three grid points.',
  quantity: 'max over d of the seed-mean test NMSE at n = 32·d³, 90% seed interval',
  expected: { value: 0.1, tolerance: 0.05, band: [null, 0.15] },
  rule: 'pass when the whole seed interval of the largest per-d mean NMSE lies at or below 0.15; no value (fail) when some d’s mean NMSE does not decrease over n = 8, 16, 32·d³',
  lowestTier: 'quick',
  control: {
    description:
      'the kernel baseline (better of ReLU random-features ridge of width m₁ on 2n samples and capped ReLU-NTK kernel ridge) on independent seeds, same rule',
  },
  usesBackend: true,
  cells,
  run: runLayerwise,
  measure: (cells, ctx) =>
    separationMeasurement(cells, ctx.arm === 'claim' ? 'three-layer' : 'kernel', 'max', true, ctx.random, { k: 3 }),
});
