export { featureDimension, flattenSymmetric, hermiteFeatures } from './hermite-features.ts';
export {
  createTeacher,
  sampleGaussianEquivalent,
  sampleTeacher,
  type Teacher,
  type TeacherConfig,
  type TeacherSample,
} from './hierarchical-teacher.ts';
export { nmse } from './nmse.ts';
export { directionRecovery, subspaceOverlap } from './recovery.ts';
export { fitSpectral, predictSpectral, project, type SpectralFit, type SpectralOptions } from './spectral-estimator.ts';
export { type TransitionConfig, type TransitionPoint, transitionCurve } from './transition-curve.ts';
