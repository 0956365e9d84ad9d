import { type Backend, createBackend, createRng } from '@repro/tensor';
import type { Scalar, Tensor } from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMlp, factorizedEmbedding, factorizedTask, trainFullBatch, trainSinglePass } from '../src/index.ts';

let backend: Backend;
beforeAll(async () => {
  backend = await createBackend('cpu');
});
afterAll(async () => {
  await backend.dispose();
});

const task = factorizedTask(
  { inputFactors: [2, 2, 2, 2], outputFactors: [2, 2], parents: { kind: 'count', count: 1 }, alpha: 0.1 },
  createRng(1),
);

describe('createMlp(tf, config, rng) (cpu)', () => {
  it('gives [B, M] logits, 4 trainable weights for one layer, and none of them is the frozen embedding', () => {
    const { tf } = backend;
    const model = createMlp(tf, { inputs: 16, outputs: 4, dim: 8, hidden: 16, layers: 1 }, createRng(2));
    const logits = model.logits(tf.tensor1d([0, 3, 15], 'int32'));
    expect(logits.shape).toEqual([3, 4]);
    expect(model.trainable.length).toBe(5);
    logits.dispose();
    model.dispose();
    const frozen = createMlp(
      tf,
      {
        inputs: 16,
        outputs: 4,
        dim: 8,
        hidden: 16,
        layers: 1,
        frozenEmbedding: factorizedEmbedding(createRng(3), [2, 2, 2, 2], 8),
      },
      createRng(2),
    );
    expect(frozen.trainable.length).toBe(4);
    frozen.dispose();
  });
});

describe('Mlp.logitsOf(ids) and Mlp.fixedRows(rows) (cpu)', () => {
  const shape = { inputs: 16, outputs: 4, dim: 8, hidden: 16, layers: 1 };
  const gradsOf = (tf: Backend['tf'], model: ReturnType<typeof createMlp>, logits: () => Tensor) => {
    const { value, grads } = tf.variableGrads(() => tf.sum(tf.mul(tf.sin(logits()), 1.7)) as Scalar, model.trainable);
    const out = model.trainable.map((v) => Array.from(grads[v.name]?.dataSync() ?? []));
    tf.dispose([value, ...Object.values(grads)]);
    return out;
  };

  it('give the values and gradients of logits(tensor1d(ids)), exactly', () => {
    const { tf } = backend;
    const before = tf.memory().numTensors;
    const ids = Int32Array.from([3, 0, 15, 3, 7, 7, 1]);
    const all = Int32Array.from({ length: 16 }, (_, i) => i);
    const learned = createMlp(tf, shape, createRng(2));
    const frozen = createMlp(
      tf,
      { ...shape, frozenEmbedding: factorizedEmbedding(createRng(3), [2, 2, 2, 2], 8) },
      createRng(2),
    );
    for (const [model, rows] of [
      [learned, ids],
      [learned, all],
      [frozen, ids],
    ] as const) {
      const xt = tf.tensor1d(rows, 'int32');
      const fixed = model.fixedRows(rows);
      const want = tf.tidy(() => Array.from(model.logits(xt).dataSync()));
      expect(tf.tidy(() => Array.from(fixed.logits().dataSync()))).toEqual(want);
      expect(tf.tidy(() => Array.from(model.logitsOf(rows).dataSync()))).toEqual(want);
      const wantGrads = gradsOf(tf, model, () => model.logits(xt));
      expect(wantGrads.some((g) => g.some((v) => v !== 0))).toBe(true);
      expect(gradsOf(tf, model, () => fixed.logits())).toEqual(wantGrads);
      if (model === learned) expect(gradsOf(tf, model, () => model.logitsOf(rows))).toEqual(wantGrads);
      fixed.dispose();
      xt.dispose();
    }
    learned.dispose();
    frozen.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('trainSinglePass(tf, task, config, rng) (cpu)', () => {
  it('lowers the excess KL and leaves no tensors behind', async () => {
    const { tf } = backend;
    const before = tf.memory().numTensors;
    const curve = await trainSinglePass(
      tf,
      task,
      { dim: 16, hidden: 32, layers: 1, batch: 128, steps: 60, lr: 0.03, evalAt: [0, 30, 60] },
      createRng(4),
    );
    expect(curve.steps).toEqual([0, 30, 60]);
    expect(curve.loss[2]).toBeLessThan(0.5 * (curve.loss[0] as number));
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('trainFullBatch(tf, task, config, rng) (cpu)', () => {
  it('fits the observed rows, reports the unobserved ones, and keeps the tensor count flat', async () => {
    const { tf } = backend;
    const before = tf.memory().numTensors;
    const observed = Int32Array.from({ length: 12 }, (_, i) => i);
    const curve = await trainFullBatch(
      tf,
      task,
      {
        dim: 16,
        hidden: 32,
        layers: 1,
        epochs: 80,
        lr: 0.03,
        observed,
        frozenEmbedding: factorizedEmbedding(createRng(5), task.inputFactors, 16),
        evalAt: [0, 80],
      },
      createRng(6),
    );
    expect(curve.train[1]).toBeLessThan(0.2 * (curve.train[0] as number));
    expect(Number.isFinite(curve.test[1])).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('stops early once the observed loss is below stopBelow.loss, recording the epoch it stopped at', async () => {
    const { tf } = backend;
    const before = tf.memory().numTensors;
    const observed = Int32Array.from({ length: task.n }, (_, i) => i);
    const config = { dim: 16, hidden: 32, layers: 1, epochs: 400, lr: 0.03, observed, evalAt: [0, 400] };
    const full = await trainFullBatch(tf, task, config, createRng(7));
    expect(full.stoppedAt).toBe(400);
    const threshold = 2 * (full.train[1] as number);
    const early = await trainFullBatch(
      tf,
      task,
      { ...config, stopBelow: { loss: threshold, every: 10 } },
      createRng(7),
    );
    expect(early.stoppedAt).toBeLessThan(400);
    expect(early.stoppedAt % 10).toBe(0);
    expect(early.epochs).toEqual([0, early.stoppedAt]);
    expect(early.train[1]).toBeLessThanOrEqual(threshold);
    expect(early.train[0]).toBe(full.train[0]);
    expect(tf.memory().numTensors).toBe(before);
  });
});
