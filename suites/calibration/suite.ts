import { defineSuite } from '@repro/claims';
import { plantedLinear } from './planted-linear.ts';
import { slopeCoverage } from './slope-coverage.ts';
import { thresholdCrossingClaim } from './threshold-crossing.ts';

/** Known truths the engine must recover before any paper's claim relies on it. */
export default defineSuite({
  name: 'calibration',
  short: 'calibration',
  title: 'Calibration: the statistics and the training loop recover planted truths',
  claims: [slopeCoverage, thresholdCrossingClaim, plantedLinear],
});
