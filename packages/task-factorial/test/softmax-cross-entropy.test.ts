import { type Backend, createBackend, createRng, sampleNormal } from '@repro/tensor';
import type { Tensor } from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crossEntropyStep, softCrossEntropy, softmaxCrossEntropy } from '../src/index.ts';

let backend: Backend;
beforeAll(async () => {
  backend = await createBackend('cpu');
});
afterAll(async () => {
  await backend.dispose();
});

const maxAbs = (a: Float32Array, b: Float32Array) =>
  a.reduce((m, v, i) => Math.max(m, Math.abs(v - (b[i] as number))), 0);

describe('softmaxCrossEntropy(tf, targets, logits, mass?) (cpu)', () => {
  const rows = 64;
  const m = 40;
  const cases = [
    [
      'soft rows',
      (tf: Backend['tf']) => tf.softmax(tf.mul(tf.tensor2d(sampleNormal(createRng(2), rows * m), [rows, m]), 3)),
    ],
    [
      'one-hot rows',
      (tf: Backend['tf']) =>
        tf.cast(
          tf.oneHot(
            tf.tensor1d(
              Int32Array.from({ length: rows }, (_, i) => (7 * i) % m),
              'int32',
            ),
            m,
          ),
          'float32',
        ),
    ],
  ] as const;
  for (const [name, makeTargets] of cases) {
    it(`matches softCrossEntropy in value and gradient within 1e-6 (${name}, with and without mass)`, () => {
      const { tf } = backend;
      const before = tf.memory().numTensors;
      const targets = tf.tidy(() => makeTargets(tf) as Tensor);
      const mass = tf.sum(targets, -1, true);
      // Logits with a wide range (±20) so that lse and the small probabilities are exercised.
      const logits = tf.tensor2d(
        sampleNormal(createRng(1), rows * m).map((v) => 8 * v),
        [rows, m],
      );
      const plain = tf.valueAndGrad((z: Tensor) => softCrossEntropy(tf, targets, z));
      const fused = tf.valueAndGrad((z: Tensor) => softmaxCrossEntropy(tf, targets, z));
      const fusedMass = tf.valueAndGrad((z: Tensor) => softmaxCrossEntropy(tf, targets, z, mass));
      const want = plain(logits);
      const wantValue = want.value.dataSync()[0] as number;
      const wantGrad = want.grad.dataSync() as Float32Array;
      expect(wantValue).toBeGreaterThan(0.1);
      for (const got of [fused(logits), fusedMass(logits)]) {
        expect(Math.abs((got.value.dataSync()[0] as number) - wantValue)).toBeLessThan(1e-6 * Math.max(1, wantValue));
        expect(maxAbs(got.grad.dataSync() as Float32Array, wantGrad)).toBeLessThan(1e-6);
        tf.dispose([got.value, got.grad]);
      }
      tf.dispose([want.value, want.grad, targets, mass, logits]);
      expect(tf.memory().numTensors).toBe(before);
    });
  }

  it('gives the same training step as softCrossEntropy inside variableGrads (mass given, mass kept alive)', () => {
    const { tf } = backend;
    const targets = tf.softmax(tf.tensor2d(sampleNormal(createRng(3), 8 * 5), [8, 5]));
    const mass = tf.sum(targets, -1, true);
    const w = tf.variable(tf.tensor2d(sampleNormal(createRng(4), 3 * 5), [3, 5]));
    const x = tf.tensor2d(sampleNormal(createRng(5), 8 * 3), [8, 3]);
    const g1 = tf.variableGrads(() => softCrossEntropy(tf, targets, tf.matMul(x, w)), [w]);
    const g2 = tf.variableGrads(() => softmaxCrossEntropy(tf, targets, tf.matMul(x, w), mass), [w]);
    expect(
      maxAbs(g1.grads[w.name]?.dataSync() as Float32Array, g2.grads[w.name]?.dataSync() as Float32Array),
    ).toBeLessThan(1e-6);
    expect(mass.isDisposed).toBe(false);
    tf.dispose([targets, mass, w, x, g1.value, g2.value, ...Object.values(g1.grads), ...Object.values(g2.grads)]);
  });

  it('crossEntropyStep: value NaN, gradient bit-identical to softmaxCrossEntropy (mass given and not)', () => {
    const { tf } = backend;
    const targets = tf.softmax(tf.tensor2d(sampleNormal(createRng(6), 16 * 9), [16, 9]));
    const mass = tf.sum(targets, -1, true);
    const logits = tf.tensor2d(
      sampleNormal(createRng(7), 16 * 9).map((v) => 5 * v),
      [16, 9],
    );
    for (const given of [mass, undefined]) {
      const want = tf.valueAndGrad((z: Tensor) => softmaxCrossEntropy(tf, targets, z, given))(logits);
      const got = tf.valueAndGrad((z: Tensor) => crossEntropyStep(tf, targets, z, given))(logits);
      expect(got.value.dataSync()[0]).toBeNaN();
      expect(want.value.dataSync()[0]).toBeGreaterThan(0.1);
      expect(Array.from(got.grad.dataSync())).toEqual(Array.from(want.grad.dataSync()));
      tf.dispose([want.value, want.grad, got.value, got.grad]);
    }
    tf.dispose([targets, mass, logits]);
  });
});
