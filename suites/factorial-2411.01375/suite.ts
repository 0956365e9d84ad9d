import { defineSuite } from '@repro/claims';
import { compressionKnee } from './compression-knee.ts';
import { compressionOrder } from './compression-order.ts';
import { isoFlop } from './iso-flop.ts';
import { isoFlopParents } from './iso-flop-parents.ts';
import { PAPER } from './paper.ts';
import { singlePassRank } from './single-pass-rank.ts';
import { singlePassRatio } from './single-pass-ratio.ts';
import { unseenInputs } from './unseen-inputs.ts';
import { unseenSparsity } from './unseen-sparsity.ts';
import { unseenSplit } from './unseen-split.ts';

/** arXiv 2411.01375: MLPs exploit a hidden factorial structure of discrete input/output spaces. */
export default defineSuite({
  name: 'factorial-2411.01375',
  short: 'factorial',
  title: 'Learning with Hidden Factorial Structure: single-pass learning, compression and generalization track χ and χ̄',
  paper: { title: PAPER.title, arxiv: PAPER.arxiv, url: PAPER.url },
  claims: [
    singlePassRank,
    singlePassRatio,
    compressionKnee,
    compressionOrder,
    unseenInputs,
    unseenSparsity,
    unseenSplit,
    isoFlop,
    isoFlopParents,
  ],
});
