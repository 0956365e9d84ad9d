import { defineSuite } from '@repro/claims';
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
  title: 'Learning with Hidden Factorial Structure: single-pass learning and generalization track χ',
  paper: { title: PAPER.title, arxiv: PAPER.arxiv, url: PAPER.url },
  claims: [singlePassRank, singlePassRatio, unseenInputs, unseenSparsity, unseenSplit],
});
