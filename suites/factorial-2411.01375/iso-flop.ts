import {
  bootstrapInterval,
  type CellOutcome,
  defineClaim,
  mean,
  replicateCells,
  type Tier,
  variance,
} from '@repro/claims';
import { ISO_FLOP, type IsoFlopRun, runIsoFlop } from './iso-flop-cell.ts';
import { source } from './paper.ts';

export interface Slice {
  parents: number;
  budget: number;
  flops: number;
  splits: number[];
  /** Seed-mean 𝓛_unobs(end) per split. */
  loss: number[];
  best: number;
  /**
   * (mean at γ_max − mean at γ*) / pooled seed std of the two; 0 when γ* = γ_max; NaN when the spread is
   * undefined or zero (one seed, or a bootstrap resample that repeats one seed): such a resample says
   * nothing about the gap in seed stds and is left out of the interval.
   */
  gapInStd: number;
  /** (mean at γ_max − mean at γ*) / mean at γ_max. */
  relativeGain: number;
}

/** Iso-FLOP slices of one parent count, over the given replicates (a bootstrap passes repeats). */
export function slices(cells: CellOutcome<IsoFlopRun>[], parents: number, replicates: readonly number[]): Slice[] {
  const mine = cells.filter((c) => c.output.parents === parents);
  const budgets = [...new Set(mine.map((c) => c.output.budget))].sort((a, b) => a - b);
  return budgets.map((budget) => {
    const atBudget = mine.filter((c) => c.output.budget === budget);
    const splits = [...new Set(atBudget.map((c) => c.output.split))].sort((a, b) => a - b);
    const values = splits.map((split) =>
      replicates.flatMap((r) =>
        atBudget.filter((c) => c.output.split === split && c.replicate === r).map((c) => c.output.end),
      ),
    );
    const loss = values.map((v) => mean(v));
    const bestIndex = loss.indexOf(Math.min(...loss));
    const last = splits.length - 1;
    const gap = (loss[last] as number) - (loss[bestIndex] as number);
    const pooled = Math.sqrt((variance(values[last] as number[]) + variance(values[bestIndex] as number[])) / 2);
    return {
      parents,
      budget,
      flops: (atBudget[0] as CellOutcome<IsoFlopRun>).output.flops,
      splits,
      loss,
      best: splits[bestIndex] as number,
      gapInStd: bestIndex === last ? 0 : pooled > 0 ? gap / pooled : Number.NaN,
      relativeGain: gap / (loss[last] as number),
    };
  });
}

export const replicatesOf = (cells: CellOutcome<IsoFlopRun>[]) =>
  [...new Set(cells.map((c) => c.replicate))].sort((a, b) => a - b);

/** The claim's statistic: the largest gap in seed stds over the budgets, for the fewest parents of the grid. */
const bestGap = (s: Slice[]) => {
  const gaps = s.map((x) => x.gapInStd).filter((g) => !Number.isNaN(g));
  return gaps.length === 0 ? Number.NaN : Math.max(...gaps);
};

/**
 * The iso-FLOP grid: parents × splits × budgets, both arms, replicated; shared by the iso-FLOP claims. Paired as
 * the γ sweep: one task, init and input permutation per (parents, seed) across every (γ, budget).
 */
export const isoFlopCells = (tier: Tier) => {
  const g = ISO_FLOP[tier];
  const grid = g.parents.flatMap((parents) =>
    g.splits.flatMap((split) => g.budgets.map((budget) => ({ parents, split, budget }))),
  );
  return replicateCells(g.replicates, grid, ['parents']);
};

export const isoFlop = defineClaim<IsoFlopRun>({
  id: 'factorial.iso-flop',
  source: source('Figures 9–10, iso-FLOP curves (pal notebook_generalization.ipynb, "Isoflop curves")'),
  statement:
    'At a fixed compute budget, training several epochs on a fraction γ < 1 of the inputs generalizes better to unseen inputs than spending it on more inputs: for some budget the best γ is below the largest.',
  quantity:
    'largest over budgets F of (𝓛_unobs(γ_max, F) − 𝓛_unobs(γ*, F)) / pooled seed std, γ* = argmin of the seed-mean over γ; one parent per output factor; 90% bootstrap interval over seeds',
  expected: { value: 1, tolerance: 0, band: [1, null] },
  rule: 'pass when the whole interval lies at or above 1 seed std (CLAIMS.md C1.4: argmin γ < γ_max for some F, with a gap larger than the seed std)',
  lowestTier: 'quick',
  control: {
    description:
      'the unstructured task of the same N and M under the same (γ, F) labels: nothing transfers to unseen inputs, so no split may win by more than the seed noise',
  },
  usesBackend: true,
  cellGroup: 'factorial.iso-flop',
  cells: isoFlopCells,
  run: runIsoFlop,
  measure: (cells, ctx) => {
    const replicates = replicatesOf(cells);
    const parentCounts = [...new Set(cells.map((c) => c.output.parents))].sort((a, b) => a - b);
    const fewest = parentCounts[0] as number;
    const boot = bootstrapInterval(replicates, (r) => bestGap(slices(cells, fewest, r)), {
      random: ctx.random,
      resamples: 1000,
      level: 0.9,
    });
    const all = parentCounts.map((p) => ({ parents: p, slices: slices(cells, p, replicates) }));
    const describe = (s: Slice[]) =>
      s
        .map((x) => `F ${x.flops.toExponential(1)}: γ* ${x.best}, gain ${(100 * x.relativeGain).toFixed(0)}%`)
        .join('; ');
    return {
      value: boot.value,
      interval: boot.interval,
      note: all.map((a) => `parents ${a.parents}: ${describe(a.slices)}`).join(' | '),
      detail: { slices: all.flatMap((a) => a.slices.map((s) => ({ ...s }))) },
      plot: {
        kind: 'curve',
        xLabel: 'observed fraction γ',
        yLabel: '𝓛_unobs at the end of the budget (seed mean)',
        logY: true,
        series: all.flatMap((a) =>
          a.slices.map((s) => ({
            name: `parents ${a.parents}, F ${s.flops.toExponential(1)}`,
            points: s.splits.map((x, i) => ({ x, y: s.loss[i] as number })),
          })),
        ),
      },
    };
  },
});
