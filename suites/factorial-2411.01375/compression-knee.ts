import { bootstrapInterval, type CellSpec, defineClaim, type Tier } from '@repro/claims';
import { COMPRESSION, type CompressionRun, type CompressionTaskKind, runCompression } from './compression-cell.ts';
import { KNEE_FACTOR, kneesBySide, replicatesOf, type SideKnee } from './compression-knees.ts';
import { source } from './paper.ts';

/** The compression grid (side p × embedding size d); both claims share these claim-arm cells. */
export const compressionGrid = (tier: Tier) =>
  COMPRESSION[tier].sides.flatMap((side) => COMPRESSION[tier].dims.map((dim) => ({ side, dim })));

/**
 * The compression cells of both arms: the claim arm trains each cell's own task (shared by the compression
 * claims through their cell group), the control arm the task kind `control` under the same labels.
 */
export const compressionCells =
  (control: Exclude<CompressionTaskKind, 'own'>) =>
  (tier: Tier): CellSpec[] =>
    ARMS.flatMap((arm) =>
      compressionGrid(tier).flatMap((params) =>
        Array.from({ length: COMPRESSION[tier].replicates }, (_, replicate) => ({
          arm,
          params: arm === 'claim' ? params : { ...params, task: control },
          replicate,
          // one task per (side, seed), swept over d, as pal's seeds fix the task of an emb_dim sweep
          seedFrom: ['side'],
        })),
      ),
    );

/** The ratio farthest from 1 (in log) over the sides; +∞ when a side has no knee in the grid. */
function worstRatio(knees: SideKnee[]): number {
  let worst = 1;
  for (const k of knees) {
    const r = k.knee === null ? Number.POSITIVE_INFINITY : k.knee / k.chiBar;
    if (Math.abs(Math.log(r)) > Math.abs(Math.log(worst))) worst = r;
  }
  return worst;
}

const ARMS = ['claim', 'control'] as const;

export const compressionKnee = defineClaim<CompressionRun>({
  id: 'factorial.compression-knee',
  source: source('Figure 4 (compression; pal notebook_compression.ipynb dashed lines at d = χ̄, compression_bis.json)'),
  statement:
    'In the compression regime the embedding size needed to fit the table tracks the compression complexity χ̄: the knee of 𝓛 against d lies within a factor 2 of χ̄.',
  quantity: `d_knee/χ̄ farthest from 1 over the sides p (d_knee = smallest d with 𝓛(d) ≤ ${KNEE_FACTOR}·𝓛(1), seed-mean 𝓛); 90% bootstrap interval over seeds`,
  expected: { value: 1, tolerance: 1, band: [0.5, 2] },
  rule: 'pass when the whole interval of the worst ratio lies in [0.5, 2] (CLAIMS.md C1.2); a side without a knee in the grid counts as +∞',
  lowestTier: 'quick',
  control: {
    description:
      'the fully unstructured task of the same N and M (input [N], output [M]: neither side factorizes) under the same χ̄ labels: its knee must not track 3p',
  },
  usesBackend: true,
  cellGroup: 'factorial.compression-knee',
  cells: compressionCells('unstructured'),
  run: runCompression,
  measure: (cells, ctx) => {
    const replicates = replicatesOf(cells);
    const knees = kneesBySide(cells, replicates);
    const boot = bootstrapInterval(replicates, (r) => worstRatio(kneesBySide(cells, r)), {
      random: ctx.random,
      resamples: 400,
      level: 0.9,
    });
    const early = cells.filter((c) => c.output.stoppedAt < COMPRESSION[ctx.tier].epochs).length;
    return {
      value: boot.value,
      interval: boot.interval,
      note: `${knees.map((k) => `p ${k.side}: knee ${k.knee ?? 'none'} / χ̄ ${k.chiBar}`).join('; ')}; ${replicates.length} seeds; ${early} of ${cells.length} runs stopped early at 𝓛 ≤ ${COMPRESSION[ctx.tier].stopLoss}`,
      detail: { knees: knees.map((k) => ({ ...k })) },
      plot: {
        kind: 'curve',
        xLabel: 'embedding size d',
        yLabel: 'final excess KL 𝓛 (seed mean)',
        logX: true,
        logY: true,
        series: knees.map((k) => ({
          name: `p ${k.side} (χ̄ ${k.chiBar}${ctx.arm === 'control' ? ' label' : ''})`,
          points: k.dims.map((x, i) => ({ x, y: k.loss[i] as number })),
        })),
        lines: knees.map((k) => ({
          name: `χ̄ = ${k.chiBar}`,
          kind: 'vline' as const,
          at: k.chiBar,
          role: 'prediction' as const,
        })),
      },
    };
  },
});
