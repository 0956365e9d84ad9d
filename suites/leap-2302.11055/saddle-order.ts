import { defineClaim, wilsonInterval } from '@repro/claims';
import { ORDER_SEPARATION } from '@repro/task-leap';
import { source } from './paper.ts';
import { runSaddle, type SaddleRun, saddleCells, summarizeSaddle } from './saddle-cell.ts';
import { saddlePlot } from './saddle-plot.ts';
import { SADDLE_TARGETS } from './sizes.ts';

export const saddleOrder = defineClaim<SaddleRun>({
  id: 'leap.saddle-order',
  source: source(
    'abstract and saddle-to-saddle theorem: the support is learned in stages following a leap-minimizing order',
  ),
  statement: `On ${SADDLE_TARGETS.mixed} the monomials are learned one after another in the calculator's leap-minimizing order (x1, then x1x2x3, then x1x2x3x4x5) in at least 80% of seeds.`,
  quantity: `fraction of seeds whose monomials reach half their coefficient in the calculator's order, each at ≥ ${ORDER_SEPARATION}× the samples of the previous one`,
  expected: { value: 1, tolerance: 0.2, band: [0.8, 1] },
  rule: 'pass when the fraction of seeds is ≥ 0.8 (CLAIMS.md C3.2); it is a count over the seeds run (the Wilson interval is given in the note)',
  lowestTier: 'quick',
  control: {
    description: `the all-at-once target ${SADDLE_TARGETS.allAtOnce}: its monomials are picked up together, not ${ORDER_SEPARATION}× apart, so the fraction must stay below 0.8`,
  },
  usesBackend: false,
  cellGroup: 'saddle',
  cells: (tier) => saddleCells(tier, SADDLE_TARGETS.mixed, SADDLE_TARGETS.allAtOnce, 'target'),
  run: runSaddle,
  measure: (cells) => {
    const summaries = cells.map((c) => summarizeSaddle(c.output));
    const ok = summaries.filter((s) => s.inOrder).length;
    const w = wilsonInterval(ok, cells.length, 0.9);
    const times = cells.map((c, i) =>
      c.output.order.map((k) => Math.round(summaries[i]?.learnTimes[k] ?? Number.NaN) || 'never').join(' → '),
    );
    const first = cells[0]?.output;
    return {
      value: ok / cells.length,
      interval: null,
      note: `${ok}/${cells.length} seeds in order (Wilson 90% [${w.interval[0].toFixed(2)}, ${w.interval[1].toFixed(2)}]); learn times (samples) per seed: ${times.map((t) => `[${t}]`).join(' ')}`,
      detail: { learnTimes: summaries.map((s) => s.learnTimes), inOrder: summaries.map((s) => s.inOrder) },
      ...(first ? { plot: saddlePlot(first, `${first.target}, seed 0`) } : {}),
    };
  },
});
