import {
  bootstrapInterval,
  type CellOutcome,
  defineClaim,
  mean,
  replicateCells,
  spearman,
  type Tier,
} from '@repro/claims';
import { source } from './paper.ts';
import { runUnseen, UNSEEN, UNSEEN_SEED_FROM, type UnseenRun } from './unseen-cell.ts';

const GRID: Record<Tier, { parents: number[]; splits: number[] }> = {
  smoke: { parents: [1], splits: [0.2, 0.9] },
  quick: { parents: [1, 2, 3], splits: [0.1, 0.2, 0.4, 0.6, 0.8, 0.9] },
  full: { parents: [1, 2, 3, 4], splits: [0.05, 0.1, 0.2, 0.4, 0.6, 0.8, 0.9] },
};

type Curve = { parents: number; splits: number[]; loss: number[]; rho: number };

/**
 * Per parent count, the seed-mean 𝓛_unobs(end) at each γ over the given replicates (a bootstrap passes repeats),
 * and Spearman's ρ between γ and that mean. A split of 1 (no unobserved rows) would be left out.
 */
function curvesOf(cells: CellOutcome<UnseenRun>[], replicates: readonly number[]): Curve[] {
  const parentCounts = [...new Set(cells.map((c) => Number(c.params.parents)))].sort((a, b) => a - b);
  return parentCounts.map((parents) => {
    const mine = cells.filter((c) => Number(c.params.parents) === parents);
    const splits = [...new Set(mine.map((c) => Number(c.params.split)))].filter((s) => s < 1).sort((a, b) => a - b);
    const loss = splits.map((split) =>
      mean(
        replicates.flatMap((r) =>
          mine
            .filter((c) => Number(c.params.split) === split && c.replicate === r)
            .map((c) => c.output.test.at(-1) as number),
        ),
      ),
    );
    return { parents, splits, loss, rho: spearman(splits, loss) };
  });
}

/** The weakest decrease: the largest ρ(γ, 𝓛_unobs) over the parent counts. */
const worstRho = (curves: Curve[]) => Math.max(...curves.map((c) => c.rho));

export const unseenSplit = defineClaim<UnseenRun>({
  id: 'factorial.unseen-split',
  source: source('Figures 6–8, "split" panel (pal experience3.json "split", notebook_generalization.ipynb)'),
  statement:
    'In the generalization setting, the excess KL on never-seen inputs decreases as the observed fraction γ of inputs grows, for each number of parents.',
  quantity:
    "largest over the parent counts of Spearman's ρ between γ and the seed-mean 𝓛_unobs(end) (the weakest decrease); 90% percentile bootstrap over seeds (each resample re-averages)",
  expected: { value: -1, tolerance: 0.2, band: [null, -0.8] },
  rule: 'pass when the whole interval of the largest ρ lies at or below −0.8: 𝓛_unobs falls with γ for every parent count (CLAIMS.md C1.3 (c), as a rank trend; see the suite README)',
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
  measure: (cells, ctx) => {
    const replicates = [...new Set(cells.map((c) => c.replicate))].sort((a, b) => a - b);
    const boot = bootstrapInterval(replicates, (r) => worstRho(curvesOf(cells, r)), {
      random: ctx.random,
      resamples: 2000,
      level: 0.9,
    });
    const curves = curvesOf(cells, replicates);
    return {
      value: boot.value,
      interval: boot.interval,
      note: `ρ(γ, 𝓛_unobs) ${curves.map((c) => `${c.rho.toFixed(3)} (parents ${c.parents})`).join(', ')}; ${replicates.length} seeds; ${boot.dropped} degenerate resamples dropped`,
      detail: { curves },
      plot: {
        kind: 'curve',
        xLabel: 'observed fraction γ',
        yLabel: 'excess KL on unseen inputs 𝓛_unobs(end) (seed mean)',
        logY: true,
        series: curves.map((c) => ({
          name: `parents ${c.parents}`,
          points: c.splits.map((x, i) => ({ x, y: c.loss[i] as number })),
        })),
      },
    };
  },
});
