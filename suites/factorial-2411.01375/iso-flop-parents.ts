import { bootstrapInterval, defineClaim } from '@repro/claims';
import { isoFlopCells, replicatesOf, type Slice, slices } from './iso-flop.ts';
import { type IsoFlopRun, runIsoFlop } from './iso-flop-cell.ts';
import { source } from './paper.ts';

/** Share of budgets at which the relative gain of the best split is larger with the fewest parents than the most. */
function share(fewest: Slice[], most: Slice[]): number {
  const pairs = fewest.map((s, i) => s.relativeGain > (most[i]?.relativeGain ?? Number.NaN));
  return pairs.length === 0 ? Number.NaN : pairs.filter(Boolean).length / pairs.length;
}

export const isoFlopParents = defineClaim<IsoFlopRun>({
  id: 'factorial.iso-flop-parents',
  source: source('Figures 9–10, iso-FLOP curves (pal notebook_generalization.ipynb, "Isoflop curves")'),
  statement:
    'The compute advantage of re-using a fraction of the inputs for several epochs is larger for more structured data (fewer parents per output factor).',
  quantity:
    'share of budgets F where the relative gain (𝓛_unobs(γ_max) − 𝓛_unobs(γ*)) / 𝓛_unobs(γ_max) is larger with the fewest parents than with the most; 90% bootstrap interval over seeds',
  expected: { value: 1, tolerance: 0.2, band: [0.8, null] },
  rule: 'pass when the whole interval of the share lies at or above 0.8 (CLAIMS.md C1.4: larger gain for parents = 1 than for parents = 3)',
  lowestTier: 'quick',
  control: {
    description:
      'the unstructured task of the same N and M under the same (parents, γ, F) labels: no split gains anything, so neither parent count can gain more',
  },
  usesBackend: true,
  cellGroup: 'factorial.iso-flop',
  cells: isoFlopCells,
  run: runIsoFlop,
  measure: (cells, ctx) => {
    const replicates = replicatesOf(cells);
    const counts = [...new Set(cells.map((c) => c.output.parents))].sort((a, b) => a - b);
    const [fewest, most] = [counts[0] as number, counts.at(-1) as number];
    const stat = (r: number[]) => share(slices(cells, fewest, r), slices(cells, most, r));
    const boot = bootstrapInterval(replicates, stat, { random: ctx.random, resamples: 1000, level: 0.9 });
    const [a, b] = [slices(cells, fewest, replicates), slices(cells, most, replicates)];
    const gains = (s: Slice[]) => s.map((x) => `${(100 * x.relativeGain).toFixed(0)}%`).join(', ');
    return {
      value: boot.value,
      interval: boot.interval,
      note: `relative gain per budget: parents ${fewest} ${gains(a)}; parents ${most} ${gains(b)}`,
      detail: {
        fewest,
        most,
        gains: a.map((s, i) => ({ flops: s.flops, fewest: s.relativeGain, most: b[i]?.relativeGain ?? null })),
      },
      plot: {
        kind: 'curve',
        xLabel: 'training FLOPs F',
        yLabel: 'relative gain of the best split γ* over γ_max',
        logX: true,
        series: [
          { name: `parents ${fewest}`, points: a.map((s) => ({ x: s.flops, y: s.relativeGain })) },
          { name: `parents ${most}`, points: b.map((s) => ({ x: s.flops, y: s.relativeGain })) },
        ],
      },
    };
  },
});
