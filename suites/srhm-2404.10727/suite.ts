import { defineSuite } from '@repro/claims';
import { cnnCollapseL2, cnnSlopeL2 } from './cnn-scaling-l2.ts';
import { invariance } from './invariance.ts';
import { invarianceCorrelation } from './invariance-correlation.ts';
import { cnnSlopeL3, lcnCnnGap, lcnSlopeL3 } from './lcn-scaling-l3.ts';
import { PAPER } from './paper.ts';
import { rhmPrefactor, rhmSlope } from './rhm-scaling.ts';
import { sparsityBSlope } from './sparsity-b.ts';

/** arXiv 2404.10727 (with the RHM of 2307.02129): CNN vs LCN sample complexity on sparse hierarchical data. */
export default defineSuite({
  name: 'srhm-2404.10727',
  short: 'srhm',
  title: 'Sparse Random Hierarchy Model: CNN vs LCN sample complexity and learned invariances',
  paper: { title: PAPER.title, arxiv: PAPER.arxiv, url: PAPER.url },
  claims: [
    cnnSlopeL2,
    cnnCollapseL2,
    invariance,
    invarianceCorrelation,
    sparsityBSlope,
    rhmSlope,
    rhmPrefactor,
    cnnSlopeL3,
    lcnSlopeL3,
    lcnCnnGap,
  ],
});
