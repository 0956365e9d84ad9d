import type { Scalar, Tensor, Variable } from '@tensorflow/tfjs-core';
import type { TF } from '../backend/backend.ts';
import type { Optimizer } from './optimizer.ts';

/**
 * One training step: the gradients of `loss` with respect to `vars`, then `optimizer.step`, all inside a
 * `tf.tidy`, so no tensor outlives the step. Call it from the training loop instead of writing the
 * variableGrads / step / tidy pattern again.
 */
export function minimize(tf: TF, optimizer: Optimizer, vars: readonly Variable[], loss: () => Scalar): void {
  tf.tidy(() => {
    const { grads } = tf.variableGrads(loss, vars as Variable[]);
    optimizer.step(
      tf,
      vars,
      vars.map((v) => grads[v.name] as Tensor),
    );
  });
}
