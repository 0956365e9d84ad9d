import {
  bootstrapInterval,
  type CellOutcome,
  defineClaim,
  mean,
  replicateCells,
  spearman,
  type Tier,
} from '@repro/claims';
import { PAPER, source } from './paper.ts';
import { factorsText, runSinglePass, SINGLE_PASS, type SinglePassRun } from './single-pass-cell.ts';

const rep = (p: number, k: number) => Array<number>(k).fill(p);

/** The task grid (input factors × parent count) per tier; quick is CLAIMS.md's table, full is E1. */
const TASKS: Record<Tier, [number[], number][]> = {
  smoke: [
    [rep(2, 8), 1],
    [rep(4, 4), 2],
    [[256], 1],
  ],
  quick: [
    [rep(2, 8), 1],
    [rep(2, 8), 2],
    [rep(2, 8), 3],
    [rep(4, 4), 1],
    [rep(4, 4), 2],
    [rep(4, 4), 3],
    [[16, 16], 1],
    [[16, 16], 2],
    [[256], 1],
  ],
  full: [rep(2, 12), rep(4, 6), rep(8, 4), rep(16, 3), rep(64, 2), [4096]].flatMap((f) =>
    [1, 2, 3].filter((c) => c <= f.length).map((c): [number[], number] => [f, c]),
  ),
};

export const taskGrid = (tier: Tier) =>
  TASKS[tier].map(([factors, parents]) => ({ factors: factorsText(factors), parents }));

/** Seed-averaged final loss per task, in task order, with each task's χ. */
function averagedByTask(cells: CellOutcome<SinglePassRun>[], replicates: readonly number[]) {
  const tasks = new Map<string, { chi: number; losses: number[] }>();
  for (const c of cells) {
    const key = `${c.params.factors}/${c.params.parents}`;
    const entry = tasks.get(key) ?? { chi: c.output.chi, losses: [] };
    for (const r of replicates) if (r === c.replicate) entry.losses.push(c.output.loss.at(-1) as number);
    tasks.set(key, entry);
  }
  return [...tasks.entries()].map(([key, { chi, losses }]) => ({ key, chi, loss: mean(losses) }));
}

export const singlePassRank = defineClaim<SinglePassRun>({
  id: 'factorial.single-pass-rank',
  source: source('Figure 3 (single-pass learning; pal projects/factorization experience1.json, notebook_iid.ipynb)'),
  statement:
    'In single-pass training (fresh batches every step) on tasks with equal N and M, the excess KL after T steps is ordered by the statistical complexity χ = Σ_j q_j ∏_{i∈pa_j} p_i: smaller χ, lower loss.',
  quantity:
    "Spearman's ρ between χ and the seed-averaged 𝓛(T_end) over the task grid; 90% percentile bootstrap over seeds (each resample re-averages the tasks)",
  expected: { value: 1, tolerance: 0.2, band: [0.8, null] },
  rule: 'pass when the whole interval of ρ lies at or above 0.8 (CLAIMS.md C1.1)',
  lowestTier: 'quick',
  control: {
    description:
      'the same grid, each cell trained on the unstructured task of the same N and M (one input factor of size N) while keeping its χ label: no ordering by χ may appear (ρ interval must not lie above 0.8)',
  },
  usesBackend: true,
  cellGroup: 'factorial.single-pass-rank',
  cells: (tier) => replicateCells(SINGLE_PASS[tier].replicates, taskGrid(tier)),
  run: runSinglePass,
  measure: (cells, ctx) => {
    const replicates = [...new Set(cells.map((c) => c.replicate))].sort((a, b) => a - b);
    const rho = (drawn: number[]) => {
      const rows = averagedByTask(cells, drawn);
      return spearman(
        rows.map((r) => r.chi),
        rows.map((r) => r.loss),
      );
    };
    const boot = bootstrapInterval(replicates, rho, { random: ctx.random, resamples: 2000, level: 0.9 });
    const rows = averagedByTask(cells, replicates);
    return {
      value: boot.value,
      interval: boot.interval,
      note: `${rows.length} tasks × ${replicates.length} seeds; ${boot.dropped} degenerate resamples dropped`,
      detail: { tasks: rows, paper: PAPER.arxiv },
      plot: {
        kind: 'curve',
        xLabel: 'single-pass steps',
        yLabel: 'excess KL 𝓛 (seed mean)',
        logY: true,
        series: rows.map((row) => {
          const mine = cells.filter((c) => `${c.params.factors}/${c.params.parents}` === row.key);
          const steps = mine[0]?.output.steps ?? [];
          return {
            name: `${row.key} χ=${row.chi}`,
            points: steps.map((x, i) => ({ x, y: mean(mine.map((c) => c.output.loss[i] as number)) })),
          };
        }),
      },
    };
  },
});
