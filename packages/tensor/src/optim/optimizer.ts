import type { Tensor, Variable } from '@tensorflow/tfjs-core';
import type { TF } from '../backend/backend.ts';

/**
 * An optimizer that updates variables in place (`Variable.assign`), keeping its state (momentum,
 * moments) in non-trainable variables created at the first step: the number of tensors does not grow
 * from step to step.
 *
 * Use: `minimize(tf, opt, vars, loss)` (optim/minimize.ts), or by hand: `const { grads } = tf.variableGrads(loss, vars);
 * opt.step(tf, vars, vars.map((v) => grads[v.name]))`
 * (inside a `tf.tidy`, which disposes the gradients; `step` disposes its own temporaries and never
 * disposes `grads`). `dispose()` frees the state variables; the optimizer must not be used after.
 */
export interface Optimizer {
  /** Applies one update to each `vars[i]` from `grads[i]` (same shapes). */
  step(tf: TF, vars: readonly Variable[], grads: readonly Tensor[]): void;
  /** Steps applied so far. */
  readonly iterations: number;
  dispose(): void;
}
