export { featureDimension, flattenSymmetric, hermiteFeatures } from './hermite-features.ts';
export {
  createTeacher,
  sampleGaussianEquivalent,
  sampleTeacher,
  type Teacher,
  type TeacherConfig,
  type TeacherSample,
} from './hierarchical-teacher.ts';
export { type BaselineConfig, type BaselineResult, inputBaselines } from './input-baselines.ts';
export { type JointGdOptions, jointGradientDescent } from './joint-gd.ts';
export { kernelRidgePath, rbfKernel } from './kernel-ridge.ts';
export {
  activate,
  applyLofiLayer,
  columnMeans,
  denseMatvec,
  fitLofiLayer,
  type LofiActivation,
  type LofiLayer,
  type LofiLayerSpec,
  lofiFeatures,
  rmsRowNorm,
  signedCovarianceMatvec,
  signedCovariances,
  subtractColumnMeans,
} from './lofi.ts';
export { lofiOutliers, type OutlierCount } from './lofi-outliers.ts';
export { type LofiVsRfConfig, type LofiVsRfResult, lofiVsRandomFeatures } from './lofi-vs-rf.ts';
export {
  contractTensor,
  cosineOverlap,
  type MatrixTensorConfig,
  type MatrixTensorOverlaps,
  type MatrixTensorSample,
  sampleMatrixTensor,
  sequentialCurriculum,
  topSingularPair,
} from './matrix-tensor.ts';
export {
  type AmpOptions,
  ampStateEvolution,
  matrixFields,
  matrixTensorAmp,
  tensorFields,
} from './matrix-tensor-amp.ts';
export { nmse } from './nmse.ts';
export { inputDimension, type QuadraticFormOperator, quadraticFormOperator } from './quadratic-form-operator.ts';
export {
  fitRandomFeatures,
  predictRandomFeatures,
  type RandomFeaturesFit,
  randomFeaturesPath,
  reluFeatures,
} from './random-features.ts';
export { directionRecovery, subspaceOverlap } from './recovery.ts';
export { logGrid, predictLinear, type RidgeCvFit, ridgeCv, ridgeIntercept } from './ridge-cv.ts';
export { fitSpectral, predictSpectral, project, type SpectralFit, type SpectralOptions } from './spectral-estimator.ts';
export { type SpectralOperator, spectralOperator } from './spectral-operator.ts';
export { arraySource, chunkCount, chunkRowCount, TRAIN_CHUNK, type TrainingSource } from './training-source.ts';
export {
  MAX_KEPT_ENTRIES,
  type TrainingInputs,
  type TrainingStream,
  type TrainingStreamOptions,
  trainingStream,
} from './training-stream.ts';
export {
  type TransitionConfig,
  type TransitionCurve,
  type TransitionPoint,
  transitionCurve,
} from './transition-curve.ts';
