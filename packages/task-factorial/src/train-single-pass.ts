import { adam, minimize, type Rng, type TF } from '@repro/tensor';
import { cosineLr } from './cosine-lr.ts';
import { evaluateKl } from './evaluate-kl.ts';
import type { FactorizedTask } from './factorized-task.ts';
import type { MlpShape } from './flops-per-token.ts';
import { createMlp } from './mlp.ts';
import { batchSampler } from './sample-batch.ts';
import { crossEntropyStep } from './softmax-cross-entropy.ts';

export interface SinglePassConfig extends Omit<MlpShape, 'outputs'> {
  batch: number;
  steps: number;
  lr: number;
  /** Steps after which 𝓛 is measured (0 = at init). */
  evalAt: readonly number[];
}

export interface SinglePassCurve {
  steps: number[];
  /** Mean excess KL over all N inputs at each of `steps`. */
  loss: number[];
}

/**
 * Single-pass ("iid") training: every step draws a fresh batch (x ~ Unif[N], y ~ p(·|x)), Adam with a
 * cosine schedule over `steps`, cross-entropy on the sampled y. The model is initialised from `rng`
 * before the first batch. Returns 𝓛 at `evalAt`.
 */
export async function trainSinglePass(
  tf: TF,
  task: FactorizedTask,
  config: SinglePassConfig,
  rng: Rng,
): Promise<SinglePassCurve> {
  const model = createMlp(tf, { ...config, inputs: task.n, outputs: task.m }, rng);
  const optimizer = adam({ lr: cosineLr(config.lr, config.steps) });
  const curve: SinglePassCurve = { steps: [], loss: [] };
  const record = async (step: number) => {
    if (!config.evalAt.includes(step)) return;
    curve.steps.push(step);
    curve.loss.push(await evaluateKl(tf, model, task));
  };
  // One-hot rows sum to exactly 1: their mass is a constant.
  const mass = tf.ones([config.batch, 1]);
  const sample = batchSampler(task);
  try {
    await record(0);
    for (let step = 1; step <= config.steps; step += 1) {
      const { x, y } = sample(rng, config.batch);
      const oneHot = new Float32Array(config.batch * task.m);
      y.forEach((label, b) => {
        oneHot[b * task.m + label] = 1;
      });
      const target = tf.tensor2d(oneHot, [config.batch, task.m]);
      minimize(tf, optimizer, model.trainable, () => crossEntropyStep(tf, target, model.logitsOf(x), mass));
      target.dispose();
      await record(step);
    }
    return curve;
  } finally {
    optimizer.dispose();
    model.dispose();
    mass.dispose();
  }
}
