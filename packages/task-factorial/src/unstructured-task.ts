import type { Rng } from '@repro/tensor';
import { type FactorizedTask, factorizedTask } from './factorized-task.ts';

/**
 * The control of a structured task: the same N inputs as one unfactorized factor and the same output
 * factors, each conditional on the whole input, with the same Dirichlet concentration. Nothing is shared
 * between inputs, so no structure can be exploited.
 */
export function unstructuredTask(structured: FactorizedTask, alpha: number, rng: Rng): FactorizedTask {
  return factorizedTask(
    {
      inputFactors: [structured.n],
      outputFactors: structured.outputFactors,
      parents: { kind: 'count', count: 1 },
      alpha,
    },
    rng,
  );
}
