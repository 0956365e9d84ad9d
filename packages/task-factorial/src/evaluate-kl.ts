import type { TF } from '@repro/tensor';
import type { FactorizedTask } from './factorized-task.ts';
import { meanKl } from './mean-kl.ts';
import type { Mlp } from './mlp.ts';

/** The mean excess KL of the model over the given input rows (all N when omitted), read with `data()`. */
export async function evaluateKl(tf: TF, model: Mlp, task: FactorizedTask, rows?: Int32Array): Promise<number> {
  const xs = rows ?? Int32Array.from({ length: task.n }, (_, i) => i);
  const logProbs = tf.tidy(() => tf.logSoftmax(model.logits(tf.tensor1d(xs, 'int32'))));
  const values = await logProbs.data();
  logProbs.dispose();
  return meanKl(task.table, values, task.m, xs);
}
