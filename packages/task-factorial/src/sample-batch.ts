import { type Rng, uniformInt } from '@repro/tensor';
import type { FactorizedTask } from './factorized-task.ts';
import { fromDigits, toDigits } from './mixed-radix.ts';

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
 * which is the same law as a draw from the product row of the table, at O(Σ q_j) per sample).
 */
export function sampleBatch(rng: Rng, task: FactorizedTask, size: number): { x: Int32Array; y: Int32Array } {
  const x = new Int32Array(size);
  const y = new Int32Array(size);
  const { inputFactors, outputFactors, parents, conditionals } = task;
  for (let s = 0; s < size; s += 1) {
    const xs = uniformInt(rng, task.n);
    const xd = toDigits(xs, inputFactors);
    const yd = outputFactors.map((q, j) => {
      const pa = parents[j] as number[];
      const z = fromDigits(
        pa.map((i) => xd[i] as number),
        pa.map((i) => inputFactors[i] as number),
      );
      return drawFrom(rng, conditionals[j] as Float64Array, z * q, q);
    });
    x[s] = xs;
    y[s] = fromDigits(yd, outputFactors);
  }
  return { x, y };
}
