import type { Tensor, Variable } from '@tensorflow/tfjs-core';
import type { TF } from '../backend/backend.ts';
import { fusedAdamUpdate } from './adam-update-kernel.ts';
import { checkGrads } from './check-grads.ts';
import { type LearningRate, learningRateAt } from './learning-rate.ts';
import type { Optimizer } from './optimizer.ts';

export interface AdamOptions {
  lr: LearningRate;
  beta1?: number;
  beta2?: number;
  eps?: number;
  /**
   * One fused kernel per variable where the backend has it (wasm, cpu; bit-identical to the op-by-op update,
   * about 14 fewer kernel calls per variable); false forces the op-by-op path. Default true.
   */
  fused?: boolean;
}

/**
 * Adam (Kingma & Ba), PyTorch's form: m ← β1·m + (1−β1)·g, v ← β2·v + (1−β2)·g²,
 * w ← w − lr·(m / (1−β1^t)) / (√(v / (1−β2^t)) + eps), with the step t counted from 1.
 */
export function adam({ lr, beta1 = 0.9, beta2 = 0.999, eps = 1e-8, fused = true }: AdamOptions): Optimizer {
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
          const outs = fused
            ? fusedAdamUpdate(tf, { w, g, m, v }, { beta1, beta2, eps, stepSize, secondCorrection })
            : undefined;
          if (outs) {
            m.assign(outs[1]);
            v.assign(outs[2]);
            w.assign(outs[0]);
            return;
          }
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
