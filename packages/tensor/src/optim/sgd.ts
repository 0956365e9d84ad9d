import type { Tensor, Variable } from '@tensorflow/tfjs-core';
import type { TF } from '../backend/backend.ts';
import { checkGrads } from './check-grads.ts';
import { type LearningRate, learningRateAt } from './learning-rate.ts';
import type { Optimizer } from './optimizer.ts';
import { fusedSgdMomentumUpdate } from './sgd-update-kernel.ts';

export interface SgdOptions {
  lr: LearningRate;
  /** Heavy-ball momentum μ (0: plain SGD). */
  momentum?: number;
  /** Nesterov momentum (needs momentum > 0). */
  nesterov?: boolean;
  /**
   * With momentum: one fused kernel per variable where the backend has it (wasm, cpu; bit-identical to the
   * op-by-op update); false forces the op-by-op path. Default true.
   */
  fused?: boolean;
}

/**
 * Stochastic gradient descent, PyTorch's form: buf ← μ·buf + g (buf starts at 0, so the first step
 * is buf = g); update = g + μ·buf with Nesterov, else buf; w ← w − lr·update.
 */
export function sgd({ lr, momentum = 0, nesterov = false, fused = true }: SgdOptions): Optimizer {
  if (nesterov && momentum <= 0) throw new Error('sgd: nesterov needs momentum > 0');
  const buffers = new Map<Variable, Variable>();
  let iterations = 0;
  return {
    get iterations() {
      return iterations;
    },
    step(tf: TF, vars: readonly Variable[], grads: readonly Tensor[]) {
      checkGrads(vars, grads);
      iterations += 1;
      const rate = learningRateAt(lr, iterations);
      tf.tidy(() => {
        vars.forEach((v, i) => {
          const g = grads[i] as Tensor;
          let update = g;
          if (momentum > 0) {
            let buf = buffers.get(v);
            if (!buf) {
              buf = tf.variable(tf.zerosLike(v), false);
              buffers.set(v, buf);
            }
            const outs = fused ? fusedSgdMomentumUpdate(tf, { w: v, g, buf }, { momentum, rate, nesterov }) : undefined;
            if (outs) {
              buf.assign(outs[1]);
              v.assign(outs[0]);
              return;
            }
            buf.assign(tf.add(tf.mul(buf, momentum), g));
            update = nesterov ? tf.add(g, tf.mul(buf, momentum)) : buf;
          }
          v.assign(tf.sub(v, tf.mul(update, rate)));
        });
      });
    },
    dispose() {
      for (const buf of buffers.values()) buf.dispose();
      buffers.clear();
    },
  };
}
