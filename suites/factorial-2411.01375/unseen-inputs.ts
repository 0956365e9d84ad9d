import { bootstrapInterval, defineClaim, median, replicateCells } from '@repro/claims';
import { source } from './paper.ts';
import { runUnseen, UNSEEN, UNSEEN_SEED_FROM, type UnseenRun } from './unseen-cell.ts';

const ratio = (c: { output: UnseenRun }) => (c.output.test.at(-1) as number) / (c.output.test[0] as number);

export const unseenInputs = defineClaim<UnseenRun>({
  id: 'factorial.unseen-inputs',
  source: source('Figures 6–8 (generalization; pal experience3.json "generalization", notebook_generalization.ipynb)'),
  statement:
    'With the frozen factorized embedding and full-batch training on 90% of the inputs, the excess KL on the never-seen inputs falls far below its initial value (one parent per output factor).',
  quantity: '𝓛_unobs(end) / 𝓛_unobs(0), median over seeds with a 90% percentile bootstrap interval',
  expected: { value: 0, tolerance: 0.2, band: [null, 0.2] },
  rule: 'pass when the whole interval of the ratio lies at or below 0.2 (CLAIMS.md C1.3 (a))',
  lowestTier: 'quick',
  control: {
    description:
      'the unstructured task of the same N and M (one input factor: every x has its own Dirichlet rows and an i.i.d. Gaussian embedding): nothing can transfer to unseen x, the ratio must stay above 0.2',
  },
  usesBackend: true,
  cellGroup: 'factorial.unseen-split',
  cells: (tier) =>
    replicateCells(UNSEEN[tier].replicates, [{ parents: 1, split: UNSEEN[tier].split }], UNSEEN_SEED_FROM),
  run: runUnseen,
  measure: (cells, ctx) => {
    const ratios = cells.map(ratio);
    const boot = bootstrapInterval(ratios, (r) => median(r), { random: ctx.random, resamples: 2000, level: 0.9 });
    return {
      value: median(ratios),
      interval: boot.interval,
      note: `${cells.length} seeds; 𝓛_unobs(0) median ${median(cells.map((c) => c.output.test[0] as number)).toPrecision(3)}, 𝓛_unobs(end) median ${median(cells.map((c) => c.output.test.at(-1) as number)).toPrecision(3)}, 𝓛_train(end) median ${median(cells.map((c) => c.output.train.at(-1) as number)).toPrecision(3)}`,
      detail: { ratios, chi: cells.map((c) => c.output.chi) },
      plot: {
        kind: 'curve',
        xLabel: 'full-batch epochs',
        yLabel: 'excess KL on unseen inputs 𝓛_unobs',
        logY: true,
        series: cells.map((c) => ({
          name: `seed ${c.replicate}`,
          points: c.output.epochs.map((x, i) => ({ x, y: c.output.test[i] as number })),
        })),
        lines: [
          {
            name: '0.2 × initial (median)',
            kind: 'hline',
            at: 0.2 * median(cells.map((c) => c.output.test[0] as number)),
            role: 'threshold',
          },
        ],
      },
    };
  },
});
