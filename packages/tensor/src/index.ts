export type { Backend, BackendInfo, TF } from './backend/backend.ts';
export { BACKEND_NAMES, type BackendName, DEFAULT_BACKEND, isBackendName } from './backend/backend-name.ts';
export { BackendUnavailableError } from './backend/backend-unavailable-error.ts';
export {
  BLAS_LIBRARY_ENV,
  BLAS_THREADS_ENV,
  type BlasEngine,
  BlasUnavailable,
  blasThreads,
  loadBlasEngine,
} from './backend/blas-engine.ts';
export { type BlasRouting, blasBatchMatMul } from './backend/blas-mat-mul-kernel.ts';
export { createBackend } from './backend/create-backend.ts';
export { describeBackends } from './backend/describe-backends.ts';
export { BLAS_ROUTING } from './backend/wasm-blas-driver.ts';
export { batchedMatMul } from './layers/batched-mat-mul.ts';
export { conv1dPatches } from './layers/conv1d-patches.ts';
export { dense } from './layers/dense.ts';
export { embedding } from './layers/embedding.ts';
export { locallyConnected1d } from './layers/locally-connected1d.ts';
export { cholesky } from './linalg/cholesky.ts';
export { choleskySolve } from './linalg/cholesky-solve.ts';
export {
  type ConjugateGradientOptions,
  type ConjugateGradientResult,
  conjugateGradient,
} from './linalg/conjugate-gradient.ts';
export {
  HOST_BLAS_ENV,
  type HostBlas,
  type HostBlasStatus,
  hostBlas,
  hostBlasStatus,
  loadHostBlas,
} from './linalg/host-blas.ts';
export { orthonormalize } from './linalg/orthonormalize.ts';
export { type RidgeMethod, type RidgeOptions, ridge } from './linalg/ridge.ts';
export { type SolvePositiveDefiniteOptions, solvePositiveDefinite } from './linalg/solve-positive-definite.ts';
export { type SymmetricEigen, symmetricEigen } from './linalg/symmetric-eigen.ts';
export {
  type SymmetricOperator,
  type TopEigenvectorsOptions,
  type TopEigenvectorsResult,
  topEigenvectors,
} from './linalg/top-eigenvectors.ts';
export { type AdamOptions, adam } from './optim/adam.ts';
export { ADAM_UPDATE } from './optim/adam-update-kernel.ts';
export { type LearningRate, learningRateAt } from './optim/learning-rate.ts';
export { minimize } from './optim/minimize.ts';
export type { Optimizer } from './optim/optimizer.ts';
export { type SgdOptions, sgd } from './optim/sgd.ts';
export { SGD_MOMENTUM_UPDATE } from './optim/sgd-update-kernel.ts';
export { createRng } from './rng/create-rng.ts';
export { deriveSeed } from './rng/derive-seed.ts';
export { logGammaVariate } from './rng/log-gamma-variate.ts';
export { logSampleGamma } from './rng/log-sample-gamma.ts';
export { normalPair } from './rng/normal-pair.ts';
export type { Rng } from './rng/rng.ts';
export { sampleCategorical } from './rng/sample-categorical.ts';
export { sampleDirichlet } from './rng/sample-dirichlet.ts';
export { sampleGamma } from './rng/sample-gamma.ts';
export { sampleNormal } from './rng/sample-normal.ts';
export { samplePermutation } from './rng/sample-permutation.ts';
export { sampleRademacher } from './rng/sample-rademacher.ts';
export { sampleUniform } from './rng/sample-uniform.ts';
export { uniformInt } from './rng/uniform-int.ts';
