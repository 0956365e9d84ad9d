import {
  type CellOutcome,
  defineClaim,
  mean,
  replicateCells,
  type Tier,
  variance,
  wilsonInterval,
} from '@repro/claims';
import { source } from './paper.ts';
import { runUnseen, UNSEEN, UNSEEN_SEED_FROM, type UnseenRun } from './unseen-cell.ts';

const GRID: Record<Tier, { parents: number[]; splits: number[] }> = {
  smoke: { parents: [1], splits: [0.2, 0.9] },
  quick: { parents: [1, 2, 3], splits: [0.1, 0.2, 0.4, 0.6, 0.8, 0.9] },
  full: { parents: [1, 2, 3, 4], splits: [0.05, 0.1, 0.2, 0.4, 0.6, 0.8, 0.9] },
};

type Pair = { parents: number; from: number; to: number; before: number; after: number; monotone: boolean };

/**
 * Consecutive split pairs per parent count, seed-mean 𝓛_unobs(end) at each; a pair is monotone "within
 * noise" when the later mean is at most the earlier one plus two standard errors of their difference.
 * A split of 1 (no unobserved rows) would be left out.
 */
function consecutivePairs(cells: CellOutcome<UnseenRun>[]): Pair[] {
  const parentCounts = [...new Set(cells.map((c) => Number(c.params.parents)))].sort((a, b) => a - b);
  return parentCounts.flatMap((parents) => {
    const mine = cells.filter((c) => Number(c.params.parents) === parents);
    const splits = [...new Set(mine.map((c) => Number(c.params.split)))].filter((s) => s < 1).sort((a, b) => a - b);
    const stats = splits.map((split) => {
      const losses = mine.filter((c) => Number(c.params.split) === split).map((c) => c.output.test.at(-1) as number);
      const se = losses.length > 1 ? Math.sqrt(variance(losses) / losses.length) : 0;
      return { split, mean: mean(losses), se };
    });
    return stats.slice(1).map((b, i) => {
      const a = stats[i] as (typeof stats)[number];
      const noise = 2 * Math.sqrt(a.se ** 2 + b.se ** 2);
      return { parents, from: a.split, to: b.split, before: a.mean, after: b.mean, monotone: b.mean <= a.mean + noise };
    });
  });
}

export const unseenSplit = defineClaim<UnseenRun>({
  id: 'factorial.unseen-split',
  source: source('Figures 6–8, "split" panel (pal experience3.json "split", notebook_generalization.ipynb)'),
  statement:
    'In the generalization setting, the excess KL on never-seen inputs decreases as the observed fraction γ of inputs grows, for each number of parents.',
  quantity:
    'share of consecutive γ pairs (per parent count) over which the seed-mean 𝓛_unobs(end) does not increase beyond two standard errors; Wilson 90% interval',
  expected: { value: 1, tolerance: 0.2, band: [0.8, null] },
  rule: 'pass when the whole interval of the share lies at or above 0.8 (CLAIMS.md C1.3 (c))',
  lowestTier: 'quick',
  control: {
    description:
      'the unstructured task of the same N and M under the same (parents, γ) labels: seeing more inputs cannot help on unseen ones, so no monotone decrease may appear',
  },
  usesBackend: true,
  cellGroup: 'factorial.unseen-split',
  cells: (tier) =>
    replicateCells(
      UNSEEN[tier].replicates,
      GRID[tier].parents.flatMap((parents) => GRID[tier].splits.map((split) => ({ parents, split }))),
      UNSEEN_SEED_FROM,
    ),
  run: runUnseen,
  measure: (cells) => {
    const pairs = consecutivePairs(cells);
    const k = pairs.filter((p) => p.monotone).length;
    const w = wilsonInterval(k, pairs.length, 0.9);
    const parentCounts = [...new Set(pairs.map((p) => p.parents))];
    return {
      value: w.value,
      interval: w.interval,
      note: `${k} of ${pairs.length} consecutive pairs non-increasing within 2 SE`,
      detail: { pairs },
      plot: {
        kind: 'curve',
        xLabel: 'observed fraction γ',
        yLabel: 'excess KL on unseen inputs 𝓛_unobs(end) (seed mean)',
        logY: true,
        series: parentCounts.map((parents) => {
          const mine = pairs.filter((p) => p.parents === parents);
          const first = mine[0];
          return {
            name: `parents ${parents}`,
            points: [
              ...(first ? [{ x: first.from, y: first.before }] : []),
              ...mine.map((p) => ({ x: p.to, y: p.after })),
            ],
          };
        }),
      },
    };
  },
});
