import type { Tensor } from '@tensorflow/tfjs-core';
import type { TF } from '../backend/backend.ts';
import { type HostUpdate, runHostUpdate } from './host-update-kernel.ts';

/** The kernel's name in tfjs's registry. */
export const ADAM_UPDATE = 'ReproAdamUpdate';

/** One Adam step's constants (float64 here; the kernel rounds them to float32 as tfjs's scalars are). */
export interface AdamUpdateAttrs {
  beta1: number;
  beta2: number;
  eps: number;
  /** lr_t / (1 − β1^t). */
  stepSize: number;
  /** √(1 − β2^t). */
  secondCorrection: number;
}

/**
 * The Adam update of `adam` (optim/adam.ts) op by op, each result rounded to float32 as the backends'
 * element-wise kernels round theirs: m' = β1·m + (1−β1)·g; v' = β2·v + (1−β2)·g²;
 * w' = w − ((m' / (√v' / c2 + eps)) · s). Float32 +, −, ×, ÷ and √ computed in float64 and rounded once
 * are the correctly rounded float32 results, so the outputs equal the op-by-op path bit for bit.
 * Inputs [w, g, m, v], outputs [w', m', v'].
 */
export const adamUpdate: HostUpdate<AdamUpdateAttrs> = {
  name: ADAM_UPDATE,
  outputs: 3,
  maxSize: 4096,
  update(inputs, outputs, attrs) {
    const f = Math.fround;
    const b1 = f(attrs.beta1);
    const c1 = f(1 - attrs.beta1);
    const b2 = f(attrs.beta2);
    const c2 = f(1 - attrs.beta2);
    const eps = f(attrs.eps);
    const s = f(attrs.stepSize);
    const sc = f(attrs.secondCorrection);
    const [W, G, M, V] = inputs as [Float32Array, Float32Array, Float32Array, Float32Array];
    const [Wo, Mo, Vo] = outputs as [Float32Array, Float32Array, Float32Array];
    for (let i = 0; i < W.length; i += 1) {
      const gi = G[i] as number;
      const mi = f(f((M[i] as number) * b1) + f(gi * c1));
      const vi = f(f((V[i] as number) * b2) + f(f(gi * gi) * c2));
      const denom = f(f(f(Math.sqrt(vi)) / sc) + eps);
      Mo[i] = mi;
      Vo[i] = vi;
      Wo[i] = (W[i] as number) - f(f(mi / denom) * s);
    }
  },
};

/** One Adam update as a single kernel (wasm, cpu): [w', m', v'], or undefined where there is none. */
export function fusedAdamUpdate(
  tf: TF,
  tensors: { w: Tensor; g: Tensor; m: Tensor; v: Tensor },
  attrs: AdamUpdateAttrs,
): [Tensor, Tensor, Tensor] | undefined {
  return runHostUpdate(tf, adamUpdate, tensors, attrs) as [Tensor, Tensor, Tensor] | undefined;
}
