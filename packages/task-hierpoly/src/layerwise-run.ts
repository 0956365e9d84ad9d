import { createRng, deriveSeed, type TF } from '@repro/tensor';
import { correlation } from './correlation.ts';
import { type FeatureMap, hermiteFeatures, reluFeatures } from './feature-map.ts';
import { gaussianInputs } from './gaussian-inputs.ts';
import { innerPolynomial } from './inner-polynomial.ts';
import { kernelRidge } from './kernel-ridge.ts';
import { nmse } from './nmse.ts';
import { applyLink, type LinkName } from './outer-link.ts';
import { prefixGrams, projectFeatures } from './prefix-grams.ts';
import { ridgeSolve } from './ridge-solve.ts';
import { fitStageTwo, predictStageTwo } from './stage-two.ts';

export interface LayerwiseConfig {
  d: number;
  k: number;
  link: LinkName;
  /** Sample sizes of the learning curve: n = multiplier·d^k for stage 1, and n fresh samples for stage 2. */
  multipliers: readonly number[];
  /** First-layer width m₁ (must exceed the number of degree-≤k monomials). */
  width: number;
  /**
   * Ridge λ grid (relative to the mean diagonal of the Gram matrix) for stage 1 and for both baselines: each
   * picks, per sample size, the λ with the smallest MSE on a separate validation set. Stage 2 uses 1e-3.
   */
  lambdas: readonly number[];
  testSize: number;
  /** Run the random-features and kernel ridge baselines. */
  baselines: boolean;
  /** Kernel ridge uses min(2n, cap) points at the largest n only (its solver cost is cap³/3 per λ). */
  kernelCap: number;
  validationSize: number;
}

export interface LayerwisePoint {
  n: number;
  /** corr(η̂, p) on the test set. */
  corr: number;
  /** Test NMSE of the three-layer predictor. */
  nmse: number;
  /** Stage-1 λ chosen on the validation set. */
  lambda: number;
  /** Test NMSE of ReLU random-features ridge (width m₁) trained on the same 2n samples. */
  rfNmse: number | null;
  rfLambda: number | null;
}

export interface LayerwiseRun {
  points: LayerwisePoint[];
  kernel: { n: number; nmse: number; lambda: number } | null;
}

const split = (seed: number, label: string) => createRng(deriveSeed(seed, label));

/** Draws n inputs and their labels h = g(p(x)). */
function draw(seed: number, label: string, n: number, config: LayerwiseConfig) {
  const x = gaussianInputs(split(seed, label), n, config.d);
  const p = innerPolynomial(x, n, config.d, config.k);
  return { x, p, y: applyLink(config.link, p), n };
}

/**
 * The layer-wise three-layer network of CLAIMS.md §5.2 on one seed, at every sample size of the curve in one
 * pass: stage 1 is ridge on σ₁(Vx + s) fitted to h on D₁ (its first n rows for each n), η̂ = uᵀσ₁(Vx + s);
 * stage 2 fits the 1-D features of η̂ on n fresh samples of D₂. Baselines see the same 2n samples.
 */
export async function layerwiseRun(tf: TF, config: LayerwiseConfig, seed: number): Promise<LayerwiseRun> {
  const { d, k, width } = config;
  const sizes = config.multipliers.map((c) => Math.round(c * d ** k));
  const nMax = sizes[sizes.length - 1] as number;
  const first = draw(seed, 'stage1', nMax, config);
  const second = draw(seed, 'stage2', nMax, config);
  const test = draw(seed, 'test', config.testSize, config);
  const map = hermiteFeatures(split(seed, 'first-layer'), d, width, k);

  const val = draw(seed, 'validation', config.validationSize, config);
  const grams = await prefixGrams(tf, map, first.x, first.y, sizes);
  const stage1 = await fitWithValidation(tf, map, grams, config.lambdas, val);
  const eta = (x: Float32Array) => projectFeatures(tf, map, x, stage1.u, stage1.cols);
  const etaSecond = await eta(second.x);
  const etaTest = await eta(test.x);
  const rf = config.baselines ? await randomFeaturesCurve(tf, config, seed, sizes, first, second, test, val) : null;
  const points = sizes.map((n, c) => {
    const col = stage1.chosen[c] as number;
    const stage2 = fitStageTwo(
      column(etaSecond, stage1.cols, col, n),
      second.y.subarray(0, n),
      split(seed, `stage2-${n}`),
    );
    const etaC = column(etaTest, stage1.cols, col, test.n);
    return {
      n,
      corr: correlation(etaC, test.p),
      nmse: nmse(predictStageTwo(stage2, etaC), test.y),
      lambda: stage1.lambda[c] as number,
      rfNmse: rf?.[c]?.nmse ?? null,
      rfLambda: rf?.[c]?.lambda ?? null,
    };
  });

  let kernel: LayerwiseRun['kernel'] = null;
  if (config.baselines) {
    const nK = Math.min(2 * nMax, config.kernelCap);
    const half = Math.ceil(nK / 2);
    const x = new Float32Array(nK * d);
    x.set(first.x.subarray(0, half * d));
    x.set(second.x.subarray(0, (nK - half) * d), half * d);
    const y = new Float64Array(nK);
    y.set(first.y.subarray(0, half));
    y.set(second.y.subarray(0, nK - half), half);
    const krr = kernelRidge({ x, y, n: nK }, val, test, d, config.lambdas);
    kernel = { n: nK, nmse: nmse(krr.prediction, test.y), lambda: krr.lambda };
  }
  return { points, kernel };
}

type Drawn = ReturnType<typeof draw>;

/** Column `col` (first `rows` rows) of a row-major matrix with `cols` columns. */
function column(m: Float64Array, cols: number, col: number, rows: number): Float64Array {
  return Float64Array.from({ length: rows }, (_, i) => m[i * cols + col] as number);
}

/**
 * Ridge solutions for every (prefix size, λ) pair as the columns of U (m × sizes·λs), and per size the column
 * whose predictions have the smallest MSE on the validation set.
 */
async function fitWithValidation(
  tf: TF,
  map: FeatureMap,
  grams: { gram: Float64Array; fty: Float64Array }[],
  lambdas: readonly number[],
  val: Drawn,
) {
  const m = map.m;
  const cols = grams.length * lambdas.length;
  const u = new Float64Array(m * cols);
  grams.forEach((g, c) => {
    lambdas.forEach((lambda, l) => {
      const sol = ridgeSolve(g.gram, g.fty, lambda);
      for (let j = 0; j < m; j += 1) u[j * cols + c * lambdas.length + l] = sol[j] as number;
    });
  });
  const predVal = await projectFeatures(tf, map, val.x, u, cols);
  const chosen: number[] = [];
  const lambda: number[] = [];
  grams.forEach((_, c) => {
    let best = 0;
    let bestScore = Number.POSITIVE_INFINITY;
    lambdas.forEach((_, l) => {
      const score = nmse(column(predVal, cols, c * lambdas.length + l, val.n), val.y);
      if (score < bestScore) {
        bestScore = score;
        best = l;
      }
    });
    chosen.push(c * lambdas.length + best);
    lambda.push(lambdas[best] as number);
  });
  return { u, cols, chosen, lambda };
}

/** ReLU random-features ridge of width m₁ on D₁[:n] ∪ D₂[:n], λ per n chosen on the validation set. */
async function randomFeaturesCurve(
  tf: TF,
  config: LayerwiseConfig,
  seed: number,
  sizes: number[],
  first: Drawn,
  second: Drawn,
  test: Drawn,
  val: Drawn,
): Promise<{ nmse: number; lambda: number }[]> {
  const map = reluFeatures(split(seed, 'random-features'), config.d, config.width);
  const a = await prefixGrams(tf, map, first.x, first.y, sizes);
  const b = await prefixGrams(tf, map, second.x, second.y, sizes);
  const summed = a.map((g, c) => ({
    gram: g.gram.map((v, i) => v + (b[c]?.gram[i] as number)),
    fty: g.fty.map((v, i) => v + (b[c]?.fty[i] as number)),
  }));
  const fit = await fitWithValidation(tf, map, summed, config.lambdas, val);
  const predTest = await projectFeatures(tf, map, test.x, fit.u, fit.cols);
  return sizes.map((_, c) => ({
    nmse: nmse(column(predTest, fit.cols, fit.chosen[c] as number, test.n), test.y),
    lambda: fit.lambda[c] as number,
  }));
}
