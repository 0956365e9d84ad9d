import type { Tensor, Variable } from '@tensorflow/tfjs-core';
import type { TF } from '../backend/backend.ts';
import { checkGrads } from './check-grads.ts';
import { type LearningRate, learningRateAt } from './learning-rate.ts';
import type { Optimizer } from './optimizer.ts';

export interface AdamOptions {
  lr: LearningRate;
  beta1?: number;
  beta2?: number;
  eps?: number;
}

/**
 * Adam (Kingma & Ba), PyTorch's form: m ← β1·m + (1−β1)·g, v ← β2·v + (1−β2)·g²,
 * w ← w − lr·(m / (1−β1^t)) / (√(v / (1−β2^t)) + eps), with the step t counted from 1.
 */
export function adam({ lr, beta1 = 0.9, beta2 = 0.999, eps = 1e-8 }: AdamOptions): Optimizer {
  const moments = new Map<Variable, [Variable, Variable]>();
  let iterations = 0;
  return {
    get iterations() {
      return iterations;
    },
    step(tf: TF, vars: readonly Variable[], grads: readonly Tensor[]) {
      checkGrads(vars, grads);
      iterations += 1;
      const t = iterations;
      const stepSize = learningRateAt(lr, t) / (1 - beta1 ** t);
      const secondCorrection = Math.sqrt(1 - beta2 ** t);
      tf.tidy(() => {
        vars.forEach((w, i) => {
          const g = grads[i] as Tensor;
          let state = moments.get(w);
          if (!state) {
            state = [tf.variable(tf.zerosLike(w), false), tf.variable(tf.zerosLike(w), false)];
            moments.set(w, state);
          }
          const [m, v] = state;
          m.assign(tf.add(tf.mul(m, beta1), tf.mul(g, 1 - beta1)));
          v.assign(tf.add(tf.mul(v, beta2), tf.mul(tf.square(g), 1 - beta2)));
          const denom = tf.add(tf.div(tf.sqrt(v), secondCorrection), eps);
          w.assign(tf.sub(w, tf.mul(tf.div(m, denom), stepSize)));
        });
      });
    },
    dispose() {
      for (const [m, v] of moments.values()) {
        m.dispose();
        v.dispose();
      }
      moments.clear();
    },
  };
}
