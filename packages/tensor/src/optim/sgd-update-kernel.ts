import type { Tensor } from '@tensorflow/tfjs-core';
import type { TF } from '../backend/backend.ts';
import { type HostUpdate, runHostUpdate } from './host-update-kernel.ts';

/** The kernel's name in tfjs's registry. */
export const SGD_MOMENTUM_UPDATE = 'ReproSgdMomentumUpdate';

export interface SgdMomentumAttrs {
  momentum: number;
  rate: number;
  nesterov: boolean;
}

/**
 * The momentum step of `sgd` (optim/sgd.ts) op by op, each result rounded to float32 as the element-wise kernels
 * round theirs: buf' = μ·buf + g; u = g + μ·buf' (Nesterov) or buf'; w' = w − u·lr. Bit-identical to the ops.
 * Inputs [w, g, buf], outputs [w', buf'].
 */
export const sgdMomentumUpdate: HostUpdate<SgdMomentumAttrs> = {
  name: SGD_MOMENTUM_UPDATE,
  outputs: 2,
  maxSize: 2048,
  update(inputs, outputs, { momentum, rate, nesterov }) {
    const f = Math.fround;
    const mu = f(momentum);
    const lr = f(rate);
    const [W, G, B] = inputs as [Float32Array, Float32Array, Float32Array];
    const [Wo, Bo] = outputs as [Float32Array, Float32Array];
    for (let i = 0; i < W.length; i += 1) {
      const gi = G[i] as number;
      const bi = f(f((B[i] as number) * mu) + gi);
      const u = nesterov ? f(gi + f(bi * mu)) : bi;
      Bo[i] = bi;
      Wo[i] = (W[i] as number) - f(u * lr);
    }
  },
};

/** One momentum-SGD update as a single kernel (wasm, cpu): [w', buf'], or undefined where there is none. */
export function fusedSgdMomentumUpdate(
  tf: TF,
  tensors: { w: Tensor; g: Tensor; buf: Tensor },
  attrs: SgdMomentumAttrs,
): [Tensor, Tensor] | undefined {
  return runHostUpdate(tf, sgdMomentumUpdate, tensors, attrs) as [Tensor, Tensor] | undefined;
}
