import { defineClaim, type Tier } from '@repro/claims';
import { curveCells, type LayerwiseOutput, runLayerwise } from './layerwise-cell.ts';
import { source } from './paper.ts';
import { separationMeasurement } from './separation-stats.ts';
import { layerwiseParams, SEEDS, SEPARATION_DIMS } from './sizes.ts';

/** Claim arm and control arm: the same (k = 2, cube) curves on independent seeds. */
export function separationCells(tier: Tier) {
  const params = (d: number) => layerwiseParams(tier, 2, d, 'cube');
  return [
    ...curveCells('claim', params, SEPARATION_DIMS[tier], SEEDS[tier]),
    ...curveCells('control', params, SEPARATION_DIMS[tier], SEEDS[tier]),
  ];
}

export const threeLayerLearns = defineClaim<LayerwiseOutput>({
  id: 'hierpoly.three-layer-learns',
  source: source('abstract and Theorem 1 (three-layer networks learn g∘p with Õ(d^k) samples); CLAIMS.md C5.2'),
  statement:
    'The layer-wise three-layer network reaches test NMSE ≤ 0.15 on h = p³/√15 (k = 2) at n = 32·d² for every d ≥ 16 of the grid, and its NMSE still decreases over the last three grid points.',
  quantity: 'max over d ≥ 16 of the seed-mean test NMSE at n = 32·d², 90% seed interval',
  expected: { value: 0.1, tolerance: 0.05, band: [null, 0.15] },
  rule: 'pass when the whole seed interval of the largest per-d mean NMSE lies at or below 0.15; no value (fail) when some d’s mean NMSE does not decrease over n = 8, 16, 32·d²',
  lowestTier: 'quick',
  control: {
    description:
      'the kernel baseline on the same kind of data (independent seeds): the better of ReLU random-features ridge (width 3d², 2n samples) and ReLU-NTK kernel ridge (capped points), measured with the same rule; it must not reach 0.15',
  },
  usesBackend: true,
  cellGroup: 'hierpoly.three-layer-learns',
  cells: separationCells,
  run: runLayerwise,
  measure: (cells, ctx) =>
    separationMeasurement(cells, ctx.arm === 'claim' ? 'three-layer' : 'kernel', 'max', true, ctx.random, { k: 2 }),
});
