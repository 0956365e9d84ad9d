import { adam, createRng, dense, deriveSeed, minimize, sampleNormal, samplePermutation, type TF } from '@repro/tensor';
import type { Scalar, Tensor, Tensor1D, Tensor2D, Variable } from '@tensorflow/tfjs-core';
import { gaussianInputs } from './gaussian-inputs.ts';
import { innerPolynomial } from './inner-polynomial.ts';
import { nmse } from './nmse.ts';
import { applyLink, type LinkName } from './outer-link.ts';

export interface JointConfig {
  d: number;
  k: number;
  link: LinkName;
  /** Training samples (one fixed set, reused every epoch). */
  n: number;
  widths: readonly [number, number];
  epochs: number;
  batch: number;
  lr: number;
  /** `all`: every layer trained end to end (C5.3); `readout`: hidden layers frozen at init (lazy control). */
  train: 'all' | 'readout';
  testSize: number;
  /** Test NMSE is recorded every this many epochs (and after the last). */
  evalEvery: number;
}

/** The fixed training set, a validation set (for baselines) and the test set of a joint-training run. */
export function jointData(config: Pick<JointConfig, 'd' | 'k' | 'link' | 'n' | 'testSize'>, seed: number) {
  const draw = (label: string, rows: number) => {
    const x = gaussianInputs(createRng(deriveSeed(seed, label)), rows, config.d);
    return { x, y: applyLink(config.link, innerPolynomial(x, rows, config.d, config.k)), n: rows };
  };
  return {
    train: draw('joint-train', config.n),
    validation: draw('joint-validation', config.testSize),
    test: draw('joint-test', config.testSize),
  };
}

export interface JointRun {
  nmse: number;
  curve: { epoch: number; nmse: number }[];
  /** NMSE on the training set after the last epoch. */
  trainNmse: number;
}

/**
 * A three-layer ReLU network x ↦ w₃ᵀrelu(W₂ᵀrelu(W₁ᵀx + b₁) + b₂) + b₃ (He init, biases 0) trained with Adam on
 * (1/2)·mean (f − y)² over shuffled minibatches of a fixed training set of n samples of h = g∘p. The layers use
 * the fast-gradient `dense`. With `train: 'readout'` only w₃, b₃ move: the network's random features.
 */
export async function jointTraining(tf: TF, config: JointConfig, seed: number): Promise<JointRun> {
  const { d, n, widths, batch } = config;
  const rng = (label: string) => createRng(deriveSeed(seed, label));
  const { train, test } = jointData(config, seed);
  const init = rng('joint-init');
  const [w1n, w2n] = widths;
  const layer = (rows: number, cols: number, std: number, trainable: boolean) =>
    tf.variable(tf.tensor2d(sampleNormal(init, rows * cols, 0, std), [rows, cols]), trainable);
  const hidden = config.train === 'all';
  const w1 = layer(d, w1n, Math.sqrt(2 / d), hidden);
  const b1 = tf.variable(tf.zeros([w1n]), hidden);
  const w2 = layer(w1n, w2n, Math.sqrt(2 / w1n), hidden);
  const b2 = tf.variable(tf.zeros([w2n]), hidden);
  const w3 = layer(w2n, 1, Math.sqrt(1 / w2n), true);
  const b3 = tf.variable(tf.zeros([1]), true);
  const vars: Variable[] = hidden ? [w1, b1, w2, b2, w3, b3] : [w3, b3];
  const forward = (x: Tensor2D) =>
    tf.reshape(dense(tf, tf.relu(dense(tf, tf.relu(dense(tf, x, w1, b1)), w2, b2)), w3, b3), [-1]) as Tensor1D;
  const xTrain = tf.tensor2d(train.x, [n, d]);
  const yTrain = tf.tensor1d(Float32Array.from(train.y));
  const xTest = tf.tensor2d(test.x, [config.testSize, d]);
  const optimizer = adam({ lr: config.lr });
  const predict = async (x: Tensor2D) => {
    const t = tf.tidy(() => forward(x));
    const values = await t.data();
    t.dispose();
    return values as Float32Array;
  };
  const evaluate = async () => nmse(await predict(xTest), test.y);
  const curve: JointRun['curve'] = [{ epoch: 0, nmse: await evaluate() }];
  const order = rng('joint-order');
  for (let epoch = 1; epoch <= config.epochs; epoch += 1) {
    const perm = tf.tensor1d(samplePermutation(order, n), 'int32');
    for (let start = 0; start < n; start += batch) {
      const size = Math.min(batch, n - start);
      const idx = tf.slice(perm, [start], [size]);
      const xb = tf.gather(xTrain, idx) as Tensor2D;
      const yb = tf.gather(yTrain, idx) as Tensor1D;
      minimize(tf, optimizer, vars, () => tf.mul(0.5, tf.mean(tf.square(tf.sub(forward(xb), yb)))) as Scalar);
      tf.dispose([idx, xb, yb] as Tensor[]);
    }
    perm.dispose();
    if (epoch % config.evalEvery === 0 || epoch === config.epochs) {
      const value = await evaluate();
      if (!Number.isFinite(value)) throw new Error(`jointTraining: test NMSE not finite at epoch ${epoch}`);
      curve.push({ epoch, nmse: value });
    }
  }
  const trainNmse = nmse(await predict(xTrain), train.y);
  tf.dispose([xTrain, yTrain, xTest, w1, b1, w2, b2, w3, b3]);
  optimizer.dispose();
  return { nmse: (curve[curve.length - 1] as { nmse: number }).nmse, curve, trainNmse };
}
