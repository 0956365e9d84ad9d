import { defineSuite } from '@repro/claims';
import { calculator } from './calculator.ts';
import { escapeGap } from './escape-gap.ts';
import { escapeLeap1, escapeLeap2, escapeLeap3, escapeLeap4 } from './escape-slope.ts';
import { PAPER } from './paper.ts';
import { saddleOrder } from './saddle-order.ts';
import { saddlePlateaus } from './saddle-plateaus.ts';
import { saddleSupport } from './saddle-support.ts';

/** arXiv 2302.11055: the leap of a target sets the sample complexity of online SGD; saddle-to-saddle learning. */
export default defineSuite({
  name: 'leap-2302.11055',
  short: 'leap',
  title: 'Leap complexity and saddle-to-saddle dynamics of online SGD on two-layer networks',
  paper: { title: PAPER.title, arxiv: PAPER.arxiv, url: PAPER.url },
  claims: [
    calculator,
    escapeLeap1,
    escapeLeap2,
    escapeLeap3,
    escapeGap,
    escapeLeap4,
    saddlePlateaus,
    saddleOrder,
    saddleSupport,
  ],
});
