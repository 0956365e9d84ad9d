import { defineSuite } from '@repro/claims';
import { lofiOutliersClaim } from './lofi-outliers.ts';
import { lofiVsRf } from './lofi-vs-rf.ts';
import { matrixTensorCurriculum } from './matrix-tensor-curriculum.ts';
import { matrixTensorJoint } from './matrix-tensor-joint.ts';
import { matrixTensorStaircase } from './matrix-tensor-staircase.ts';
import { ordering } from './ordering.ts';
import { PAPER } from './paper.ts';
import { powerLaw } from './power-law.ts';
import { rate } from './rate.ts';
import { separation } from './separation.ts';
import { staircase } from './staircase.ts';
import { transition } from './transition.ts';
import { universality } from './universality.ts';

/** Seed 003 listing: layer-wise spectral learning of compositional (hierarchical quadratic) targets. */
export default defineSuite({
  name: 'spectral-tabanelli',
  short: 'spectral',
  title: 'Hierarchical spectral methods: layer-wise spectral learning of a compositional quadratic target',
  paper: { title: PAPER.title, arxiv: PAPER.arxiv, url: PAPER.url },
  claims: [
    transition,
    universality,
    separation,
    ordering,
    staircase,
    rate,
    powerLaw,
    matrixTensorCurriculum,
    matrixTensorStaircase,
    matrixTensorJoint,
    lofiVsRf,
    lofiOutliersClaim,
  ],
});
