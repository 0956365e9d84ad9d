import { type Rng, sampleNormal } from '@repro/tensor';
import { applyLofiLayer, fitLofiLayer, type LofiActivation, lofiFeatures, rmsRowNorm } from './lofi.ts';
import { nmse } from './nmse.ts';
import { predictLinear, ridgeCv } from './ridge-cv.ts';

export interface LofiVsRfConfig {
  /** Layer-1 width P₁ and kept eigenvectors K₁ (by |λ|). */
  p1: number;
  k1: number;
  /** Layer-2 width P₂ (no reduction). */
  p2: number;
  activation: LofiActivation;
  /** Centre layer-1 features before the signed covariance (upstream does not). */
  centre: boolean;
  /** Ridge grid and folds of the RidgeCV readout. */
  grid: number[];
  folds: number;
}

export interface LofiVsRfResult {
  [key: string]: number;
  lofi: number;
  rf: number;
  lambdaLofi: number;
  lambdaRf: number;
}

/**
 * Two-layer Neural LoFi against lazy random features of the same total width (P₁ + P₂), both read out by the
 * same RidgeCV: NLoFi = layer 1 (P₁ features of x, top-K₁ eigenvectors of the signed covariance computed with
 * `filterLabels`), layer 2 (P₂ features of the K₁-dim representation, kept whole), ridge on layer 2;
 * RF = ridge on σ(x·W/c)/√(P₁+P₂). Returns test NMSEs. `filterLabels` are the labels of the layer-1 filter:
 * the training labels for the method, permuted ones for a control (the readout always uses the true labels).
 */
export function lofiVsRandomFeatures(
  train: { x: ArrayLike<number>; y: Float64Array; n: number },
  test: { x: ArrayLike<number>; y: Float64Array; n: number },
  d: number,
  config: LofiVsRfConfig,
  filterLabels: Float64Array,
  rng: Rng,
): LofiVsRfResult {
  const { activation } = config;
  const layer1 = fitLofiLayer(
    train.x,
    train.n,
    d,
    filterLabels,
    { p: config.p1, k: config.k1, activation, centre: config.centre },
    rng,
  );
  const h1 = applyLofiLayer(layer1, train.x, train.n);
  const h1Test = applyLofiLayer(layer1, test.x, test.n);
  const layer2 = fitLofiLayer(h1, train.n, config.k1, train.y, { p: config.p2, k: config.p2, activation }, rng);
  const h2 = applyLofiLayer(layer2, h1, train.n);
  const h2Test = applyLofiLayer(layer2, h1Test, test.n);
  const lofiFit = ridgeCv(h2, train.n, config.p2, train.y, config.grid, config.folds);
  const lofi = nmse(predictLinear(h2Test, test.n, config.p2, lofiFit.weights, lofiFit.bias), test.y);

  const width = config.p1 + config.p2;
  const w = sampleNormal(rng, d * width);
  const c = rmsRowNorm(train.x, train.n, d);
  const z = lofiFeatures(train.x, train.n, d, w, width, c, activation);
  const zTest = lofiFeatures(test.x, test.n, d, w, width, c, activation);
  const rfFit = ridgeCv(z, train.n, width, train.y, config.grid, config.folds);
  const rf = nmse(predictLinear(zTest, test.n, width, rfFit.weights, rfFit.bias), test.y);
  return { lofi, rf, lambdaLofi: lofiFit.lambda, lambdaRf: rfFit.lambda };
}
