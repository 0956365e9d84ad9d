import { defineClaim } from '@repro/claims';
import { type LayerwiseOutput, runLayerwise } from './layerwise-cell.ts';
import { source } from './paper.ts';
import { separationMeasurement } from './separation-stats.ts';
import { separationCells } from './three-layer-learns.ts';

export const kernelFloor = defineClaim<LayerwiseOutput>({
  id: 'hierpoly.kernel-floor',
  source: source('abstract (kernel methods need Θ̃(d^{kq}) samples); CLAIMS.md C5.2'),
  statement:
    'At n = 32·d² (d ≥ 16), far below d^{kq} = d⁶, the rotation-invariant kernel baseline stays at test NMSE ≥ 0.4 on h = p³/√15, about 1 − Var(P_{≤2}h)/Var(h).',
  quantity: 'min over d ≥ 16 of the seed-mean kernel-baseline NMSE at n = 32·d², 90% seed interval',
  expected: { value: 0.6, tolerance: 0.2, band: [0.4, null] },
  rule: 'pass when the whole seed interval of the smallest per-d mean NMSE lies at or above 0.4',
  lowestTier: 'quick',
  control: {
    description:
      'the layer-wise three-layer network on the same kind of data (independent seeds), measured with the same rule: it learns, so its NMSE must fall below 0.4',
  },
  usesBackend: true,
  cellGroup: 'hierpoly.three-layer-learns',
  cells: separationCells,
  run: runLayerwise,
  measure: (cells, ctx) =>
    separationMeasurement(cells, ctx.arm === 'claim' ? 'kernel' : 'three-layer', 'min', false, ctx.random, { k: 2 }),
});
