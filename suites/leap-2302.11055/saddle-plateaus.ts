import { bootstrapInterval, defineClaim, median } from '@repro/claims';
import { PLATEAU_RULE } from '@repro/task-leap';
import { source } from './paper.ts';
import { runSaddle, type SaddleRun, saddleCells, summarizeSaddle } from './saddle-cell.ts';
import { saddlePlot } from './saddle-plot.ts';
import { SADDLE_TARGETS } from './sizes.ts';

export const saddlePlateaus = defineClaim<SaddleRun>({
  id: 'leap.saddle-plateaus',
  source: source('abstract: "the training sequentially learns the function support with a saddle-to-saddle dynamic"'),
  statement: `On the mixed-leap target ${SADDLE_TARGETS.mixed} (leaps 1, 2, 2) the loss shows at least two plateaus separated by drops.`,
  quantity:
    'median over seeds of the number of plateaus of the projected loss Σ_S (c_S − ĉ_S)² (running median over 5 evaluations; plateau: spread ≤ 0.1 for ≥ ×1.5 samples and ≥ 10 evaluations at a level > 0.1; levels closer than 0.1 merged), 90% bootstrap interval',
  expected: { value: 2, tolerance: 0, band: [2, null] },
  rule: 'pass when the whole interval of the median plateau count is ≥ 2 (CLAIMS.md C3.2)',
  lowestTier: 'quick',
  control: {
    description: `the all-at-once target ${SADDLE_TARGETS.allAtOnce} (three leap-1 monomials picked up in one drop): fewer than 2 plateaus`,
  },
  usesBackend: false,
  cellGroup: 'saddle',
  cells: (tier) => saddleCells(tier, SADDLE_TARGETS.mixed, SADDLE_TARGETS.allAtOnce, 'target'),
  run: runSaddle,
  measure: (cells, ctx) => {
    const plateaus = cells.map((c) => summarizeSaddle(c.output).plateaus);
    const counts = plateaus.map((p) => p.length);
    const r = bootstrapInterval(counts, median, { random: ctx.random, resamples: 2000, level: 0.9 });
    const first = cells[0]?.output;
    return {
      value: r.value,
      interval: r.interval,
      note: `plateaus per seed: ${counts.join(', ')} (levels ${plateaus.map((ps) => `[${ps.map((p) => p.level.toFixed(2)).join(' ')}]`).join(' ')}); rule ${JSON.stringify(PLATEAU_RULE)}`,
      detail: { counts, plateaus },
      ...(first ? { plot: saddlePlot(first, `${first.target}, seed 0`) } : {}),
    };
  },
});
