import { adam, minimize, type Rng, type TF } from '@repro/tensor';
import { cosineLr } from './cosine-lr.ts';
import { evaluateKl } from './evaluate-kl.ts';
import type { FactorizedTask } from './factorized-task.ts';
import type { MlpShape } from './flops-per-token.ts';
import { createMlp } from './mlp.ts';
import { crossEntropyStep } from './softmax-cross-entropy.ts';

export interface FullBatchConfig extends Omit<MlpShape, 'outputs'> {
  epochs: number;
  lr: number;
  /** Input rows trained on (soft targets p(·|x)); the others are the test rows. */
  observed: Int32Array;
  /** A frozen [N, d] embedding (generalization mode); learned when absent (compression mode). */
  frozenEmbedding?: Float32Array;
  /** Epochs after which 𝓛 is measured (0 = at init). */
  evalAt: readonly number[];
  /**
   * Stop early once 𝓛 on the observed rows is at or below `loss`, checked every `every` epochs; the
   * curve then ends with the epoch it stopped at.
   */
  stopBelow?: { loss: number; every: number };
}

export interface FullBatchCurve {
  epochs: number[];
  /** 𝓛 on the observed rows. */
  train: number[];
  /** 𝓛 on the unobserved rows (NaN when every row is observed). */
  test: number[];
  /** The epoch training stopped at (`epochs` unless `stopBelow` ended it earlier). */
  stoppedAt: number;
}

/**
 * Full-batch training with soft targets (pal's compression / generalization modes): each epoch is one
 * Adam step (cosine over `epochs`) on the cross-entropy against the whole rows p(·|x) of the observed
 * inputs. The model is initialised from `rng`.
 */
export async function trainFullBatch(
  tf: TF,
  task: FactorizedTask,
  config: FullBatchConfig,
  rng: Rng,
): Promise<FullBatchCurve> {
  const { observed } = config;
  const seen = new Set(observed);
  const unobserved = Int32Array.from({ length: task.n }, (_, i) => i).filter((i) => !seen.has(i));
  const model = createMlp(tf, { ...config, inputs: task.n, outputs: task.m }, rng);
  const optimizer = adam({ lr: cosineLr(config.lr, config.epochs) });
  const targets = new Float32Array(observed.length * task.m);
  observed.forEach((x, r) => {
    targets.set(task.table.subarray(x * task.m, (x + 1) * task.m), r * task.m);
  });
  const rows = model.fixedRows(observed);
  const pt = tf.tensor2d(targets, [observed.length, task.m]);
  const mass = tf.tidy(() => tf.sum(pt, -1, true));
  const curve: FullBatchCurve = { epochs: [], train: [], test: [], stoppedAt: config.epochs };
  const record = async (epoch: number, force = false) => {
    if (!force && !config.evalAt.includes(epoch)) return;
    curve.epochs.push(epoch);
    curve.train.push(await evaluateKl(tf, model, task, observed));
    curve.test.push(unobserved.length > 0 ? await evaluateKl(tf, model, task, unobserved) : Number.NaN);
  };
  try {
    await record(0);
    const stop = config.stopBelow;
    for (let epoch = 1; epoch <= config.epochs; epoch += 1) {
      minimize(tf, optimizer, model.trainable, () => crossEntropyStep(tf, pt, rows.logits(), mass));
      await record(epoch);
      if (stop && epoch < config.epochs && epoch % stop.every === 0) {
        const recorded = curve.epochs.at(-1) === epoch;
        const loss = recorded ? (curve.train.at(-1) as number) : await evaluateKl(tf, model, task, observed);
        if (loss <= stop.loss) {
          if (!recorded) await record(epoch, true);
          curve.stoppedAt = epoch;
          break;
        }
      }
    }
    return curve;
  } finally {
    optimizer.dispose();
    model.dispose();
    rows.dispose();
    tf.dispose([pt, mass]);
  }
}
