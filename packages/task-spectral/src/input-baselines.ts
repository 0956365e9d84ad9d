import type { Rng } from '@repro/tensor';
import type { TeacherSample } from './hierarchical-teacher.ts';
import { kernelRidgePath } from './kernel-ridge.ts';
import { nmse } from './nmse.ts';
import { randomFeaturesPath } from './random-features.ts';

export interface BaselineConfig {
  /** Training points used by both baselines (the first `cap` of the training draw): the kernel solver cap. */
  cap: number;
  /** Kernel ridges tried; the reported NMSE is the best on the test set (a choice that favours the baseline). */
  lambdas: readonly number[];
  /** Random-features width and ridges (λ·n), best on the test set reported likewise. */
  rfWidth: number;
  rfLambdas: readonly number[];
}

export interface BaselineResult {
  n: number;
  kernel: number;
  kernelLambda: number;
  randomFeatures: number;
}

/** Test NMSE of RBF kernel ridge and ReLU random-features ridge on x, trained on the first `cap` samples. */
export function inputBaselines(
  train: Pick<TeacherSample, 'n' | 'd' | 'x' | 'y'>,
  test: TeacherSample,
  config: BaselineConfig,
  rng: Rng,
): BaselineResult {
  const { d } = train;
  const n = Math.min(config.cap, train.n);
  const x = train.x.subarray(0, n * d);
  const y = train.y.subarray(0, n);
  const path = kernelRidgePath(x, n, d, y, test.x, test.n, config.lambdas).map((p) => nmse(p, test.y));
  const best = path.indexOf(Math.min(...path));
  const rf = randomFeaturesPath(x, n, d, y, test.x, test.n, config.rfWidth, config.rfLambdas, rng).map((p) =>
    nmse(p, test.y),
  );
  return {
    n,
    kernel: path[best] as number,
    kernelLambda: config.lambdas[best] as number,
    randomFeatures: Math.min(...rf),
  };
}
