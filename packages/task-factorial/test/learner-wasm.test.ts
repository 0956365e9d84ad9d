import { type Backend, createBackend, createRng, sampleNormal } from '@repro/tensor';
import type { Scalar, Tensor } from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMlp } from '../src/index.ts';

let backend: Backend;
beforeAll(async () => {
  backend = await createBackend('wasm');
});
afterAll(async () => {
  await backend.dispose();
});

describe('Mlp.logitsOf(ids) (wasm: rows copied and the embedding gradient summed on the host)', () => {
  it('gives the values and gradients of logits(tensor1d(ids)) (one-hot products) bit for bit', () => {
    const { tf } = backend;
    const before = tf.memory().numTensors;
    const shape = { inputs: 32, outputs: 24, dim: 16, hidden: 32, layers: 1 };
    const model = createMlp(tf, shape, createRng(5));
    // 512 ids over 32 rows: every row repeats ~16 times, so the order of the gradient's sums matters.
    const rng = createRng(6);
    const ids = Int32Array.from({ length: 512 }, () => rng.nextUint32() % shape.inputs);
    const xt = tf.tensor1d(ids, 'int32');
    // Row weights make the gradient rows of equal ids differ, so a different order of the sums would show.
    const weights = tf.tensor2d(sampleNormal(createRng(7), ids.length * shape.outputs), [ids.length, shape.outputs]);
    const gradsOf = (logits: () => Tensor) => {
      const { value, grads } = tf.variableGrads(
        () => tf.sum(tf.mul(tf.sin(logits()), weights)) as Scalar,
        model.trainable,
      );
      const out = model.trainable.map((v) => Array.from(grads[v.name]?.dataSync() ?? []));
      tf.dispose([value, ...Object.values(grads)]);
      return out;
    };
    const want = tf.tidy(() => Array.from(model.logits(xt).dataSync()));
    expect(tf.tidy(() => Array.from(model.logitsOf(ids).dataSync()))).toEqual(want);
    const wantGrads = gradsOf(() => model.logits(xt));
    expect((wantGrads[0] as number[]).filter((v) => v !== 0).length).toBeGreaterThan(100);
    expect(gradsOf(() => model.logitsOf(ids))).toEqual(wantGrads);
    tf.dispose([xt, weights]);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
