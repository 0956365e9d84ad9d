import type { Tensor, Variable } from '@tensorflow/tfjs-core';

/** Throws unless grads pair one-to-one with vars, shape for shape. */
export function checkGrads(vars: readonly Variable[], grads: readonly (Tensor | undefined)[]): void {
  if (vars.length !== grads.length)
    throw new Error(`optimizer: ${vars.length} variables but ${grads.length} gradients`);
  vars.forEach((v, i) => {
    const g = grads[i];
    if (!g) throw new Error(`optimizer: no gradient for variable ${v.name}`);
    if (g.shape.join() !== v.shape.join())
      throw new Error(`optimizer: gradient [${g.shape}] for variable ${v.name} [${v.shape}]`);
  });
}
