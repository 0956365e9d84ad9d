import { bootstrapInterval, defineClaim } from '@repro/claims';
import { type CompressionRun, runCompression } from './compression-cell.ts';
import { compressionCells } from './compression-knee.ts';
import { KNEE_FACTOR, kneesBySide, replicatesOf, type SideKnee } from './compression-knees.ts';
import { source } from './paper.ts';

/** Share of consecutive sides (increasing χ̄) whose knee strictly increases; a missing knee is +∞. */
function increasingShare(knees: SideKnee[]): number {
  const k = knees.map((s) => s.knee ?? Number.POSITIVE_INFINITY);
  const pairs = k.slice(1).map((b, i) => b > (k[i] as number));
  return pairs.length === 0 ? Number.NaN : pairs.filter(Boolean).length / pairs.length;
}

export const compressionOrder = defineClaim<CompressionRun>({
  id: 'factorial.compression-order',
  source: source('Figure 4 (compression; pal notebook_compression.ipynb, compression_bis.json)'),
  statement: 'The embedding size needed to fit the table grows with the compression complexity χ̄.',
  quantity: `share of consecutive sides p (χ̄ = 3p increasing) whose knee d_knee (smallest d with 𝓛(d) ≤ ${KNEE_FACTOR}·𝓛(1)) strictly increases; 90% bootstrap interval over seeds`,
  expected: { value: 1, tolerance: 0.2, band: [0.8, null] },
  rule: 'pass when the whole interval of the share lies at or above 0.8 (CLAIMS.md C1.2: d_knee increasing with χ̄)',
  lowestTier: 'quick',
  control: {
    description:
      'every χ̄ label trains a task of the smallest side ([2]*4 → [8,8,8], one parent): the knees cannot increase with the label',
  },
  usesBackend: true,
  cellGroup: 'factorial.compression-knee',
  cells: compressionCells('fixed'),
  run: runCompression,
  measure: (cells, ctx) => {
    const replicates = replicatesOf(cells);
    const knees = kneesBySide(cells, replicates);
    const boot = bootstrapInterval(replicates, (r) => increasingShare(kneesBySide(cells, r)), {
      random: ctx.random,
      resamples: 400,
      level: 0.9,
    });
    return {
      value: boot.value,
      interval: boot.interval,
      note: `knees ${knees.map((k) => `${k.knee ?? 'none'} (χ̄ ${k.chiBar})`).join(', ')}; ${replicates.length} seeds`,
      detail: { knees: knees.map((k) => ({ side: k.side, chiBar: k.chiBar, knee: k.knee })) },
      plot: {
        kind: 'scaling',
        xLabel: 'compression complexity χ̄ (label)',
        yLabel: 'knee embedding size d_knee',
        logX: true,
        logY: true,
        series: [
          {
            name: 'knee per seed',
            points: replicates.flatMap((r) =>
              kneesBySide(cells, [r])
                .filter((k) => k.knee !== null)
                .map((k) => ({ x: k.chiBar, y: k.knee as number, seed: r })),
            ),
          },
        ],
        lines: [{ name: 'd = χ̄', kind: 'power', a: 1, b: 1, role: 'prediction' }],
      },
    };
  },
});
