import { defineSuite } from '@repro/claims';
import { featureCorr } from './feature-corr.ts';
import { featureExponent } from './feature-exponent.ts';
import { jointTrainingClaim } from './joint-training.ts';
import { kernelFloor } from './kernel-floor.ts';
import { PAPER } from './paper.ts';
import { threeLayerCubic } from './three-layer-cubic.ts';
import { threeLayerLearns } from './three-layer-learns.ts';

/** arXiv 2311.13774: three-layer networks learn h = g∘p with Õ(d^k) samples by first recovering p. */
export default defineSuite({
  name: 'hierpoly-2311.13774',
  short: 'hierpoly',
  title: 'Learning hierarchical polynomials g∘p with three-layer networks, against kernel methods',
  paper: { title: PAPER.title, arxiv: PAPER.arxiv, url: PAPER.url },
  claims: [featureCorr, featureExponent, threeLayerLearns, kernelFloor, threeLayerCubic, jointTrainingClaim],
});
