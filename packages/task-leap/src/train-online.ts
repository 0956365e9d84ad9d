import { type Rng, sampleRademacher } from '@repro/tensor';
import { evaluateTarget, type LeapTarget } from './leap-target.ts';
import { monomialValue } from './monomial-value.ts';
import { sampleInputs } from './sample-inputs.ts';
import { sgdStep, stepScratch } from './sgd-step.ts';
import { forwardTwoLayerNet, initTwoLayerNet } from './two-layer-net.ts';
import { weightMass } from './weight-mass.ts';

export interface OnlineSgdConfig {
  d: number;
  width: number;
  /** Fresh samples per step (minibatch online SGD: no sample is seen twice). */
  batch: number;
  lr: number;
  /** Sample budget: training stops after this many samples at the latest. */
  maxSamples: number;
  /** Stop once the test NMSE falls to this value (e.g. 0.1, "learned"); 0 never stops early. */
  stopBelow: number;
  testSize: number;
  /** Evaluate at steps 0 and 1, then at max(step + minEvalSteps, ⌈evalGrowth·step⌉): a geometric grid in samples. */
  minEvalSteps: number;
  evalGrowth: number;
  /** `target`: y = f*(x); `random`: y = ±1 independent of x (fresh each sample), the no-signal control. */
  labels: 'target' | 'random';
  /** Standard deviation of the second-layer weights at initialization; default 1/√width. */
  outputInitStd?: number;
}

export interface OnlineSgdRun {
  /** Samples seen at each evaluation (steps × batch). */
  samples: number[];
  /** Test MSE / E[y²] at each evaluation. */
  nmse: number[];
  /** Learned coefficient ĉ_S = E_test[f_θ(x)·φ_S(x)] of each target monomial at each evaluation ([term][eval]). */
  coefficients: number[][];
  /** Σ_j |w_ji(T) − w_ji(0)| per coordinate i (1-based order, index i − 1) at the end of training. */
  displacementMass: number[];
  /** Σ_j |w_ji(T)| per coordinate at the end of training. */
  weightMass: number[];
  /** True when a parameter became non-finite or the test NMSE exceeded 1e6: training stopped there. */
  diverged: boolean;
  steps: number;
}

/**
 * Online SGD on a two-layer ReLU net (CLAIMS.md §3.2): every step draws `batch` fresh inputs (Boolean cube
 * or Gaussian, as the target's basis) and takes one SGD step on the square loss; a fixed test set of
 * `testSize` fresh points measures the normalized MSE and the learned coefficient of each monomial.
 */
export function trainOnline(target: LeapTarget, config: OnlineSgdConfig, rng: Rng): OnlineSgdRun {
  const { d, width, batch, lr, testSize, labels } = config;
  if (target.support.some((i) => i > d)) throw new RangeError(`target uses x${Math.max(...target.support)} > d = ${d}`);
  const net = initTwoLayerNet(rng, d, width, config.outputInitStd);
  const w0 = Float64Array.from(net.w);
  const testX = sampleInputs(rng, testSize, d, target.basis);
  const testY =
    labels === 'target'
      ? evaluateTarget(target, testX, testSize, d)
      : Float64Array.from(sampleRademacher(rng, testSize));
  const basisValues = target.terms.map((t) => {
    const v = new Float64Array(testSize);
    for (let r = 0; r < testSize; r += 1) v[r] = monomialValue(t.monomial, testX, r * d, target.basis);
    return v;
  });
  const yNorm = testY.reduce((s, v) => s + v * v, 0) / testSize;
  const testPre = new Float64Array(testSize * width);
  const testOut = new Float64Array(testSize);
  const run: OnlineSgdRun = {
    samples: [],
    nmse: [],
    coefficients: target.terms.map(() => []),
    displacementMass: [],
    weightMass: [],
    diverged: false,
    steps: 0,
  };
  const evaluate = (step: number): number => {
    forwardTwoLayerNet(net, testX, testSize, testPre, testOut);
    let se = 0;
    for (let r = 0; r < testSize; r += 1) se += ((testOut[r] as number) - (testY[r] as number)) ** 2;
    const nmse = se / testSize / yNorm;
    run.samples.push(step * batch);
    run.nmse.push(nmse);
    basisValues.forEach((v, k) => {
      let c = 0;
      for (let r = 0; r < testSize; r += 1) c += (testOut[r] as number) * (v[r] as number);
      run.coefficients[k]?.push(c / testSize);
    });
    return nmse;
  };
  const scratch = stepScratch(batch, width);
  const maxSteps = Math.floor(config.maxSamples / batch);
  let nextEval = 0;
  let step = 0;
  for (;;) {
    if (step === nextEval || step === maxSteps) {
      const nmse = evaluate(step);
      if (!Number.isFinite(nmse) || nmse > 1e6 || !finiteParameters(net)) run.diverged = true;
      if (run.diverged || step === maxSteps || nmse <= config.stopBelow) break;
      nextEval =
        step === 0 ? 1 : Math.min(maxSteps, Math.max(step + config.minEvalSteps, Math.ceil(config.evalGrowth * step)));
    }
    const x = sampleInputs(rng, batch, d, target.basis);
    const y =
      labels === 'target' ? evaluateTarget(target, x, batch, d) : Float64Array.from(sampleRademacher(rng, batch));
    sgdStep(net, x, y, batch, lr, scratch);
    step += 1;
  }
  run.steps = step;
  run.displacementMass = weightMass(net.w, d, width, w0);
  run.weightMass = weightMass(net.w, d, width);
  return run;
}

/** A NaN weight makes its ReLU silent (NaN > 0 is false), so divergence is read off the parameters, not the loss. */
function finiteParameters(net: { w: Float64Array; b: Float64Array; a: Float64Array }): boolean {
  let s = 0;
  for (const v of net.w) s += v;
  for (const v of net.b) s += v;
  for (const v of net.a) s += v;
  return Number.isFinite(s);
}
