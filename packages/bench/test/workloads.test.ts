import { softCrossEntropy } from '@repro/task-factorial';
import { type Backend, createBackend, createRng, dense, sampleNormal } from '@repro/tensor';
import type { Tensor } from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKLOADS, workloadNamed } from '../src/index.ts';
import { softmaxCrossEntropy } from '../src/workloads/softmax-cross-entropy.ts';

let backend: Backend;
beforeAll(async () => {
  backend = await createBackend('wasm');
});
afterAll(async () => {
  await backend.dispose();
});

describe('WORKLOADS', () => {
  it('names the kernels and the factorial training step, each with a FLOP count', () => {
    expect(WORKLOADS.map((w) => w.name)).toEqual([
      'matmul',
      'matmul-tb',
      'dense',
      'dense-stock',
      'conv1d-patches',
      'embedding',
      'subspace-pass',
      'ridge',
      'factorial-mlp-step',
      'factorial-mlp-step-fused-ce',
    ]);
    expect(workloadNamed('matmul').flops).toBe(2 * 512 ** 3);
    expect(workloadNamed('dense').flops).toBe(6 * 1024 * 256 * 256);
    // 1024 tokens × 3·(6·32·64 + 3·64 + 2·32·256 + 3·32)
    expect(workloadNamed('factorial-mlp-step').flops).toBe(1024 * 86_880);
    expect(() => workloadNamed('nope')).toThrow(/unknown workload 'nope'/);
  });

  for (const w of WORKLOADS) {
    it(`${w.name}: runs twice on wasm and frees every tensor it made`, async () => {
      const { tf } = backend;
      const before = tf.memory().numTensors;
      const instance = w.setup(tf, createRng(1));
      await instance.run();
      const held = tf.memory().numTensors;
      await instance.run();
      expect(tf.memory().numTensors).toBe(held);
      instance.dispose();
      expect(tf.memory().numTensors).toBe(before);
    });
  }
});

describe('dense and dense-stock compute the same gradients (the comparison is like for like)', () => {
  it('dense(tf, x, w, b) and tf.add(tf.matMul(x, w), b) agree to float32 rounding', async () => {
    const { tf } = backend;
    const rng = createRng(3);
    const x = tf.tensor2d(sampleNormal(rng, 64 * 32), [64, 32]);
    const w = tf.tensor2d(sampleNormal(rng, 32 * 16), [32, 16]);
    const b = tf.tensor1d(sampleNormal(rng, 16));
    const r = tf.tensor2d(sampleNormal(rng, 64 * 16), [64, 16]);
    const custom = tf.grads((xi: Tensor, wi: Tensor, bi: Tensor) => tf.sum(tf.mul(r, dense(tf, xi, wi, bi))))([
      x,
      w,
      b,
    ]);
    const stock = tf.grads((xi: Tensor, wi: Tensor, bi: Tensor) => tf.sum(tf.mul(r, tf.add(tf.matMul(xi, wi), bi))))([
      x,
      w,
      b,
    ]);
    for (let i = 0; i < 3; i += 1) {
      const a = await (custom[i] as Tensor).data();
      const s = await (stock[i] as Tensor).data();
      const scale = Math.max(...Array.from(s, Math.abs));
      expect(Math.max(...Array.from(a, (v, j) => Math.abs(v - (s[j] as number)))) / scale).toBeLessThan(1e-5);
    }
    tf.dispose([x, w, b, r, ...custom, ...stock]);
  });
});

describe('softmaxCrossEntropy(tf, targets, logits)', () => {
  it('has the value and logits gradient of softCrossEntropy, for one-hot and soft targets', async () => {
    const { tf } = backend;
    const rng = createRng(5);
    const logits = tf.tensor2d(sampleNormal(rng, 16 * 10, 0, 3), [16, 10]);
    const soft = tf.softmax(tf.tensor2d(sampleNormal(rng, 16 * 10), [16, 10]));
    const hot = tf.cast(
      tf.oneHot(tf.tensor1d([1, 3, 5, 7, 9, 0, 2, 4, 6, 8, 1, 1, 2, 2, 3, 3], 'int32'), 10),
      'float32',
    );
    for (const targets of [soft, hot]) {
      const a = tf.valueAndGrad((z: Tensor) => softmaxCrossEntropy(tf, targets, z))(logits);
      const b = tf.valueAndGrad((z: Tensor) => softCrossEntropy(tf, targets, z))(logits);
      expect((await a.value.data())[0]).toBeCloseTo((await b.value.data())[0] as number, 5);
      const ga = await a.grad.data();
      const gb = await b.grad.data();
      expect(Math.max(...Array.from(ga, (v, i) => Math.abs(v - (gb[i] as number))))).toBeLessThan(1e-6);
      tf.dispose([a.value, a.grad, b.value, b.grad]);
    }
    tf.dispose([logits, soft, hot]);
  });
});
