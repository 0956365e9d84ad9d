import { bootstrapInterval, defineClaim, median } from '@repro/claims';
import { source } from './paper.ts';
import { runSaddle, type SaddleRun, saddleCells, summarizeSaddle } from './saddle-cell.ts';
import { SADDLE_TARGETS } from './sizes.ts';

export const saddleSupport = defineClaim<SaddleRun>({
  id: 'leap.saddle-support',
  source: source('abstract: SGD learns the low-dimensional support of the target'),
  statement: `After training on ${SADDLE_TARGETS.mixed}, coordinates outside the support carry at most 10% of the first-layer weight movement of the support coordinates.`,
  quantity:
    'median over seeds of mean_{i∉S} Σ_j |w_ji(T) − w_ji(0)| / mean_{i∈S} Σ_j |w_ji(T) − w_ji(0)| at the end of training, 90% bootstrap interval',
  expected: { value: 0, tolerance: 0.1, band: [null, 0.1] },
  rule: 'pass when the whole interval of the median ratio lies at or below 0.1 (CLAIMS.md C3.2)',
  lowestTier: 'quick',
  control: {
    description:
      'random ±1 labels, same budget, with the mixed target’s support x1..x5 as "support": no coordinate is preferred, so the ratio stays near 1',
  },
  usesBackend: false,
  cellGroup: 'saddle',
  cells: (tier) => saddleCells(tier, SADDLE_TARGETS.mixed, SADDLE_TARGETS.mixed, 'random'),
  run: runSaddle,
  measure: (cells, ctx) => {
    const ratios = cells.map((c) => summarizeSaddle(c.output).offSupportRatio);
    const r = bootstrapInterval(ratios, median, { random: ctx.random, resamples: 2000, level: 0.9 });
    const first = cells[0]?.output;
    return {
      value: r.value,
      interval: r.interval,
      note: `ratio per seed: ${ratios.map((v) => v.toFixed(3)).join(', ')}; training stopped at ${cells.map((c) => c.output.samples.at(-1)).join(', ')} samples`,
      detail: { ratios },
      ...(first
        ? {
            plot: {
              kind: 'curve' as const,
              xLabel: 'coordinate i',
              yLabel: 'Σ_j |w_ji(T) − w_ji(0)| (seed 0)',
              series: [{ name: 'displacement mass', points: first.displacementMass.map((y, i) => ({ x: i + 1, y })) }],
            },
          }
        : {}),
    };
  },
});
