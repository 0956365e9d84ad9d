import { defineClaim, median, ratioOfMedians, replicateCells } from '@repro/claims';
import { source } from './paper.ts';
import { runSinglePass, SINGLE_PASS, type SinglePassRun } from './single-pass-cell.ts';
import { taskGrid } from './single-pass-rank.ts';

/** The lowest-χ and the highest-χ task of the rank claim's grid at this tier (first of the ties). */
function extremes(tier: Parameters<typeof taskGrid>[0]) {
  const grid = taskGrid(tier);
  return [grid[0], grid.at(-1)].filter((g) => g !== undefined);
}

export const singlePassRatio = defineClaim<SinglePassRun>({
  id: 'factorial.single-pass-ratio',
  source: source('Figure 3 (single-pass learning; pal notebook_iid.ipynb)'),
  statement:
    'After T single-pass steps the lowest-χ task (input [2]*8, one parent per output factor) reaches at most half the excess KL of the unstructured task of the same N and M.',
  quantity: 'median 𝓛(T_end) of the lowest-χ task / median 𝓛(T_end) of the highest-χ task, 90% bootstrap interval',
  expected: { value: 0, tolerance: 0.5, band: [null, 0.5] },
  rule: 'pass when the whole interval of the ratio lies at or below 0.5 (CLAIMS.md C1.1)',
  lowestTier: 'quick',
  control: {
    description:
      'both tasks replaced by the unstructured task of the same N and M (as in single-pass-rank): the ratio must not fall below 0.5',
  },
  usesBackend: true,
  cellGroup: 'factorial.single-pass-rank',
  cells: (tier) => replicateCells(SINGLE_PASS[tier].replicates, extremes(tier)),
  run: runSinglePass,
  measure: (cells, ctx) => {
    const chis = cells.map((c) => c.output.chi);
    const [lo, hi] = [Math.min(...chis), Math.max(...chis)];
    const final = (chi: number) => cells.filter((c) => c.output.chi === chi).map((c) => c.output.loss.at(-1) as number);
    const [low, high] = [final(lo), final(hi)];
    const r = ratioOfMedians(low, high, { random: ctx.random, resamples: 2000, level: 0.9 });
    return {
      value: r.value,
      interval: r.interval,
      note: `χ ${lo} vs ${hi}; medians ${median(low).toPrecision(3)} vs ${median(high).toPrecision(3)}; ${low.length} and ${high.length} seeds`,
      detail: { chiLow: lo, chiHigh: hi, low, high },
      plot: {
        kind: 'histogram',
        xLabel: 'task',
        yLabel: 'excess KL 𝓛(T_end)',
        series: [
          { name: `χ=${lo}`, points: low.map((y, i) => ({ x: i, y })) },
          { name: `χ=${hi}`, points: high.map((y, i) => ({ x: i, y })) },
        ],
      },
    };
  },
});
