import { createRng, deriveSeed, type Rng, samplePermutation, sgd, type TF } from '@repro/tensor';
import type { Scalar, Tensor, Variable } from '@tensorflow/tfjs-core';
import type { HierarchyNet } from './hierarchy-net.ts';

/** Encoded points of one split: x [n, d·C] row-major, labels in [0, n_c). */
export interface EncodedSplit {
  x: Float32Array;
  labels: Int32Array;
  n: number;
}

export interface TrainOptions {
  /** Effective learning rate (the authors' base lr × width). */
  lr: number;
  momentum: number;
  /** Points per class in one minibatch (4 in the paper: a batch of 4·n_c, balanced). */
  perClassBatch: number;
  maxEpochs: number;
  /** Stop when the epoch's mean training loss falls below this (1e-3). */
  stopLoss: number;
  /** Test accuracy is measured every `evalEvery` epochs and at the end. */
  evalEvery: number;
  /** d and C of an input. */
  length: number;
  channels: number;
  classes: number;
}

export interface TrainResult {
  epochs: number;
  steps: number;
  /** True when the stop loss was reached before the epoch cap. */
  converged: boolean;
  /** True when training stopped at a checkpoint where the net was dead (identical logits for every test point). */
  dead: boolean;
  finalTrainLoss: number;
  bestTestError: number;
  finalTestError: number;
  evalEpochs: number[];
  testErrors: number[];
}

/**
 * Test error of `net` on a split, in chunks, and whether the net is dead: every point of the split got the same
 * logits (no hidden unit of the last layer responds to any input, so no gradient can revive them).
 */
export async function testError(tf: TF, net: HierarchyNet, split: EncodedSplit, length: number, channels: number) {
  const chunk = 1024;
  let wrong = 0;
  let dead = true;
  let first: Float32Array | null = null;
  for (let start = 0; start < split.n; start += chunk) {
    const n = Math.min(chunk, split.n - start);
    const [predicted, low, high] = tf.tidy(() => {
      const x = tf.tensor3d(split.x.subarray(start * length * channels, (start + n) * length * channels), [
        n,
        length,
        channels,
      ]);
      const logits = net.apply(x).logits;
      return [tf.argMax(logits, 1), tf.min(logits, 0), tf.max(logits, 0)];
    });
    const values = await (predicted as Tensor).data();
    const lo = (await (low as Tensor).data()) as Float32Array;
    const hi = (await (high as Tensor).data()) as Float32Array;
    for (const t of [predicted, low, high]) (t as Tensor).dispose();
    first ??= lo.slice();
    for (let c = 0; c < lo.length; c += 1) if (lo[c] !== hi[c] || lo[c] !== first[c]) dead = false;
    for (let i = 0; i < n; i += 1) if (values[i] !== split.labels[start + i]) wrong += 1;
  }
  return { error: wrong / split.n, dead };
}

/**
 * SGD with momentum on the cross-entropy, balanced minibatches (`perClassBatch` points of every class per
 * step, classes reshuffled every epoch), until the epoch's mean training loss < `stopLoss` at a checkpoint
 * (every `evalEvery` epochs, as in the authors' main_bs_S.py) or `maxEpochs`.
 * `train[c]` holds the indices of class c's training points in `data`. The best test error over the
 * evaluations (every `evalEvery` epochs and at the end) is the paper's error; the final one is kept too.
 * `onBest` runs whenever an evaluation improves on the best test error (the authors keep that network).
 * Training stops early, `dead`, at a checkpoint where every test point gets the same logits.
 */
export async function trainHierarchyNet(
  tf: TF,
  net: HierarchyNet,
  data: EncodedSplit,
  train: Int32Array[],
  test: EncodedSplit,
  options: TrainOptions,
  rng: Rng,
  onBest?: () => Promise<void>,
): Promise<TrainResult> {
  const { length, channels, classes, perClassBatch } = options;
  const perClass = Math.min(...train.map((t) => t.length));
  const batches = Math.floor(perClass / perClassBatch);
  if (batches < 1) throw new RangeError(`trainHierarchyNet: ${perClass} points per class < one batch`);
  const all = tf.tensor3d(data.x, [data.n, length, channels]);
  const labels = tf.tensor1d(data.labels, 'int32');
  const optimizer = sgd({ lr: options.lr, momentum: options.momentum });
  const epochLoss = tf.variable(tf.scalar(0), false);
  const shuffleRng = createRng(deriveSeed(rng.nextUint32(), 'batches'));
  const result: TrainResult = {
    epochs: 0,
    steps: 0,
    converged: false,
    dead: false,
    finalTrainLoss: Number.NaN,
    bestTestError: 1,
    finalTestError: 1,
    evalEpochs: [],
    testErrors: [],
  };
  const evaluate = async (epoch: number) => {
    const { error: err, dead } = await testError(tf, net, test, length, channels);
    result.dead = dead;
    result.evalEpochs.push(epoch);
    result.testErrors.push(err);
    result.finalTestError = err;
    if (err < result.bestTestError || result.evalEpochs.length === 1) {
      result.bestTestError = err;
      await onBest?.();
    }
  };
  const index = new Int32Array(perClassBatch * classes);
  try {
    for (let epoch = 1; epoch <= options.maxEpochs; epoch += 1) {
      const orders = train.map((t) => samplePermutation(shuffleRng, t.length));
      epochLoss.assign(tf.scalar(0));
      for (let b = 0; b < batches; b += 1) {
        for (let c = 0; c < classes; c += 1) {
          for (let k = 0; k < perClassBatch; k += 1) {
            index[c * perClassBatch + k] = (train[c] as Int32Array)[
              (orders[c] as Int32Array)[b * perClassBatch + k] as number
            ] as number;
          }
        }
        tf.tidy(() => {
          const idx = tf.tensor1d(index, 'int32');
          const x = tf.gather(all, idx);
          const y = tf.oneHot(tf.gather(labels, idx), classes);
          const lossFn = () => {
            const logits = net.apply(x).logits;
            const picked = tf.sum(tf.mul(tf.cast(y, 'float32'), logits), 1);
            return tf.mean(tf.sub(tf.logSumExp(logits, 1), picked)) as Scalar;
          };
          const { value, grads } = tf.variableGrads(lossFn, net.vars);
          optimizer.step(
            tf,
            net.vars,
            net.vars.map((v: Variable) => grads[v.name] as Tensor),
          );
          epochLoss.assign(tf.add(epochLoss, value));
        });
        result.steps += 1;
      }
      const loss = ((await epochLoss.data())[0] as number) / batches;
      result.epochs = epoch;
      result.finalTrainLoss = loss;
      // As the authors' loop: test and stop-check only every `evalEvery` epochs (and at the cap).
      const checkpoint = epoch % options.evalEvery === 0 || epoch === options.maxEpochs;
      if (!Number.isFinite(loss)) {
        await evaluate(epoch);
        break;
      }
      if (!checkpoint) continue;
      await evaluate(epoch);
      if (result.dead) break;
      if (loss < options.stopLoss) {
        result.converged = true;
        break;
      }
    }
  } finally {
    optimizer.dispose();
    epochLoss.dispose();
    all.dispose();
    labels.dispose();
  }
  return result;
}
