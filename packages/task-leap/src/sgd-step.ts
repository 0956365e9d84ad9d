import { forwardTwoLayerNet, type TwoLayerNet } from './two-layer-net.ts';

/** Scratch buffers of one step, reused across steps. */
export interface StepScratch {
  pre: Float64Array;
  out: Float64Array;
  gradA: Float64Array;
}

export function stepScratch(batch: number, width: number): StepScratch {
  return { pre: new Float64Array(batch * width), out: new Float64Array(batch), gradA: new Float64Array(width) };
}

/**
 * One SGD step on the batch (x: B × d, y: B) for the loss (1/2B)·Σ_r (f(x_r) − y_r)², in place, with the
 * gradients of every parameter taken at the current point (plain backpropagation through the ReLU).
 * Returns the batch loss before the step.
 */
export function sgdStep(
  net: TwoLayerNet,
  x: Float64Array,
  y: Float64Array,
  batch: number,
  lr: number,
  scratch: StepScratch,
): number {
  const { d, width: m, w, b, a } = net;
  const { pre, out, gradA } = scratch;
  forwardTwoLayerNet(net, x, batch, pre, out);
  gradA.fill(0);
  let loss = 0;
  for (let r = 0; r < batch; r += 1) {
    const residual = (out[r] as number) - (y[r] as number);
    loss += residual * residual;
    out[r] = residual / batch;
  }
  for (let j = 0; j < m; j += 1) {
    const aj = a[j] as number;
    const wj = j * d;
    let gb = 0;
    let ga = 0;
    for (let r = 0; r < batch; r += 1) {
      const p = pre[r * m + j] as number;
      if (p <= 0) continue;
      const g = out[r] as number;
      ga += g * p;
      const gp = g * aj;
      gb += gp;
      const step = lr * gp;
      const xr = r * d;
      for (let i = 0; i < d; i += 1) w[wj + i] = (w[wj + i] as number) - step * (x[xr + i] as number);
    }
    gradA[j] = ga;
    b[j] = (b[j] as number) - lr * gb;
  }
  for (let j = 0; j < m; j += 1) a[j] = (a[j] as number) - lr * (gradA[j] as number);
  return loss / (2 * batch);
}
