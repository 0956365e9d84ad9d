export { countPlateaus, PLATEAU_RULE, type Plateau, type PlateauOptions } from './count-plateaus.ts';
export { ESCAPE_NMSE, LEARN_NMSE, samplesToReach } from './escape-samples.ts';
export { hermite } from './hermite.ts';
export { computeLeap, type LeapResult, type LeapStep } from './leap.ts';
export { evaluateTarget, type LeapTarget, leapTarget } from './leap-target.ts';
export { learnedInOrder, learnTimes } from './learn-times.ts';
export {
  fastestLearningRate,
  type LearningRateTrial,
  LR_GRID,
  largestStableLearningRate,
} from './learning-rate-rule.ts';
export { type Basis, formatMonomial, type Monomial, monomialKey, type Term } from './monomial.ts';
export { monomialValue } from './monomial-value.ts';
export { parseTarget, TargetSyntaxError } from './parse-target.ts';
export { projectedLoss, runningMedian } from './projected-loss.ts';
export { ORDER_SEPARATION, type SaddleSummary, SMOOTHING_WINDOW, saddleSummary } from './saddle-summary.ts';
export { sampleInputs } from './sample-inputs.ts';
export { type StepScratch, sgdStep, stepScratch } from './sgd-step.ts';
export { type OnlineSgdConfig, type OnlineSgdRun, trainOnline } from './train-online.ts';
export { forwardTwoLayerNet, initTwoLayerNet, type TwoLayerNet } from './two-layer-net.ts';
export { weightMass } from './weight-mass.ts';
