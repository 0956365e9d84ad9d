import { type Rng, uniformInt } from '@repro/tensor';
import type { FactorizedTask } from './factorized-task.ts';
import { fromDigits, product, toDigits } from './mixed-radix.ts';

function drawFrom(rng: Rng, probs: Float64Array, offset: number, q: number): number {
  let u = rng.uniform();
  for (let c = 0; c < q - 1; c += 1) {
    u -= probs[offset + c] as number;
    if (u < 0) return c;
  }
  return q - 1;
}

/**
 * A single-pass batch: x ~ Unif[N], then y ~ p(·|x), drawn factor by factor (y_j ~ p(y_j | x_{pa_j}),
 * which is the same law as a draw from the product row of the table, at O(Σ q_j) per sample). The row
 * offset of every (j, x) in the conditionals is computed outside the sampling loop.
 */
export function sampleBatch(rng: Rng, task: FactorizedTask, size: number): { x: Int32Array; y: Int32Array } {
  return batchSampler(task)(rng, size);
}

/** `sampleBatch` for one task, with the row offsets computed once for every batch drawn (same draws). */
export function batchSampler(task: FactorizedTask): (rng: Rng, size: number) => { x: Int32Array; y: Int32Array } {
  const { inputFactors, outputFactors, parents, conditionals } = task;
  const offsets = outputFactors.map((q, j) => {
    const pa = parents[j] as number[];
    const radices = pa.map((i) => inputFactors[i] as number);
    return Int32Array.from({ length: task.n }, (_, xs) => {
      const xd = toDigits(xs, inputFactors);
      return (
        fromDigits(
          pa.map((i) => xd[i] as number),
          radices,
        ) * q
      );
    });
  });
  const strides = outputFactors.map((_, j) => product(outputFactors.slice(0, j)));
  const factors = outputFactors.length;
  return (rng, size) => {
    const x = new Int32Array(size);
    const y = new Int32Array(size);
    for (let s = 0; s < size; s += 1) {
      const xs = uniformInt(rng, task.n);
      let ys = 0;
      for (let j = 0; j < factors; j += 1) {
        const q = outputFactors[j] as number;
        const c = drawFrom(rng, conditionals[j] as Float64Array, (offsets[j] as Int32Array)[xs] as number, q);
        ys += c * (strides[j] as number);
      }
      x[s] = xs;
      y[s] = ys;
    }
    return { x, y };
  };
}
