import { type Rng, sampleDirichlet } from '@repro/tensor';
import { fromDigits, product, toDigits } from './mixed-radix.ts';
import { type ParentRule, sampleParents } from './sample-parents.ts';

export interface FactorizedTaskParams {
  /** p_1 … p_k: N = ∏ p_i inputs. */
  inputFactors: readonly number[];
  /** q_1 … q_ℓ: M = ∏ q_j outputs. */
  outputFactors: readonly number[];
  parents: ParentRule;
  /** Dirichlet concentration of every conditional p(y_j | x_{pa_j}). */
  alpha: number;
}

export interface FactorizedTask {
  inputFactors: number[];
  outputFactors: number[];
  n: number;
  m: number;
  /** pa_j for each output factor j. */
  parents: number[][];
  /** conditionals[j] is a [∏_{i∈pa_j} p_i, q_j] row-major table of p(y_j | x_{pa_j} = z). */
  conditionals: Float64Array[];
  /** The N×M row-major table p(y | x) = ∏_j p(y_j | x_{pa_j}). */
  table: Float64Array;
}

/**
 * The factorized conditional table of pal's `FactorizedDataset` (CLAIMS.md appendix A.2): parents per
 * output factor, then for each factor j and parent configuration z a Dirichlet(α·1) row, then the
 * product table. A pure function of (params, rng); draws parents first, then conditionals in j order.
 */
export function factorizedTask(params: FactorizedTaskParams, rng: Rng): FactorizedTask {
  const inputFactors = [...params.inputFactors];
  const outputFactors = [...params.outputFactors];
  const n = product(inputFactors);
  const m = product(outputFactors);
  const parents = sampleParents(rng, inputFactors.length, outputFactors.length, params.parents);
  const conditionals = outputFactors.map((q, j) => {
    const configs = product((parents[j] as number[]).map((i) => inputFactors[i] as number));
    const out = new Float64Array(configs * q);
    const alpha = new Float64Array(q).fill(params.alpha);
    for (let z = 0; z < configs; z += 1) out.set(sampleDirichlet(rng, alpha), z * q);
    return out;
  });
  const table = new Float64Array(n * m);
  const yDigits = Array.from({ length: m }, (_, y) => toDigits(y, outputFactors));
  for (let x = 0; x < n; x += 1) {
    const xd = toDigits(x, inputFactors);
    const z = parents.map((pa) =>
      fromDigits(
        pa.map((i) => xd[i] as number),
        pa.map((i) => inputFactors[i] as number),
      ),
    );
    for (let y = 0; y < m; y += 1) {
      const yd = yDigits[y] as number[];
      let p = 1;
      for (let j = 0; j < outputFactors.length; j += 1) {
        p *= (conditionals[j] as Float64Array)[
          (z[j] as number) * (outputFactors[j] as number) + (yd[j] as number)
        ] as number;
      }
      table[x * m + y] = p;
    }
  }
  return { inputFactors, outputFactors, n, m, parents, conditionals, table };
}
