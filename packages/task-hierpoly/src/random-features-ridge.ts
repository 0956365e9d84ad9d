import { createRng, deriveSeed, type TF } from '@repro/tensor';
import { reluFeatures } from './feature-map.ts';
import { nmse } from './nmse.ts';
import { prefixGrams, projectFeatures } from './prefix-grams.ts';
import { ridgeSolve } from './ridge-solve.ts';

type Labeled = { x: Float32Array; y: ArrayLike<number>; n: number };

/**
 * ReLU random-features ridge (the finite-width form of a rotation-invariant kernel): width `width`, trained on
 * `train`, λ (relative to the mean Gram diagonal) chosen from `lambdas` by MSE on `validation`; returns the test
 * NMSE at that λ.
 */
export async function randomFeaturesRidge(
  tf: TF,
  train: Labeled,
  validation: Labeled,
  test: Labeled,
  d: number,
  width: number,
  lambdas: readonly number[],
  seed: number,
): Promise<{ nmse: number; lambda: number }> {
  const map = reluFeatures(createRng(deriveSeed(seed, 'random-features')), d, width);
  const [gram] = await prefixGrams(tf, map, train.x, train.y, [train.n]);
  if (!gram) throw new Error('randomFeaturesRidge: no Gram matrix');
  const cols = lambdas.length;
  const u = new Float64Array(width * cols);
  lambdas.forEach((lambda, l) => {
    const sol = ridgeSolve(gram.gram, gram.fty, lambda);
    for (let j = 0; j < width; j += 1) u[j * cols + l] = sol[j] as number;
  });
  const column = (m: Float64Array, col: number, rows: number) =>
    Float64Array.from({ length: rows }, (_, i) => m[i * cols + col] as number);
  const val = await projectFeatures(tf, map, validation.x, u, cols);
  const scores = lambdas.map((_, l) => nmse(column(val, l, validation.n), validation.y));
  const best = scores.indexOf(Math.min(...scores));
  const pred = await projectFeatures(tf, map, test.x, u, cols);
  return { nmse: nmse(column(pred, best, test.n), test.y), lambda: lambdas[best] as number };
}
