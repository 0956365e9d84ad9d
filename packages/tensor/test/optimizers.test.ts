import type { Tensor, Variable } from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adam, type Backend, createBackend, type Optimizer, sgd } from '../src/index.ts';

let backend: Backend;
beforeAll(async () => {
  backend = await createBackend('cpu');
});
afterAll(async () => {
  await backend.dispose();
});

/** Applies `steps` steps of the constant gradient g to w = [1, 2] and returns w. */
async function run(opt: Optimizer, steps: number, g = [0.5, -1]): Promise<number[]> {
  const { tf } = backend;
  const w = tf.variable(tf.tensor1d([1, 2]));
  const grad = tf.tensor1d(g);
  for (let s = 0; s < steps; s += 1) opt.step(tf, [w as Variable], [grad as Tensor]);
  const values = Array.from(await w.data());
  opt.dispose();
  tf.dispose([w, grad]);
  return values;
}

const expectClose = (got: number[], want: number[]) => {
  expect(got).toHaveLength(want.length);
  got.forEach((v, i) => {
    expect(v).toBeCloseTo(want[i] as number, 6);
  });
};

describe('sgd({ lr, momentum, nesterov })', () => {
  it('plain: w ← w − lr·g', async () => {
    expectClose(await run(sgd({ lr: 0.1 }), 1), [0.95, 2.1]);
  });
  it('momentum 0.9: the second step moves by lr·1.9·g', async () => {
    expectClose(await run(sgd({ lr: 0.1, momentum: 0.9 }), 2), [1 - 0.05 - 0.095, 2 + 0.1 + 0.19]);
  });
  it('nesterov: steps of lr·1.9·g then lr·2.71·g', async () => {
    expectClose(await run(sgd({ lr: 0.1, momentum: 0.9, nesterov: true }), 2), [
      1 - 0.5 * 0.1 * (1.9 + 2.71),
      2 + 0.1 * (1.9 + 2.71),
    ]);
    expect(() => sgd({ lr: 0.1, nesterov: true })).toThrow(/nesterov/);
  });
  it('a learning-rate schedule receives t = 1, 2, …', async () => {
    const seen: number[] = [];
    const values = await run(
      sgd({
        lr: (t) => {
          seen.push(t);
          return 0.1 / t;
        },
      }),
      3,
    );
    expect(seen).toEqual([1, 2, 3]);
    expectClose(values, [1 - 0.5 * 0.1 * (1 + 1 / 2 + 1 / 3), 2 + 0.1 * (1 + 1 / 2 + 1 / 3)]);
  });
});

describe('adam({ lr, beta1, beta2, eps })', () => {
  it('moves each coordinate by about lr·sign(g) per step for a constant gradient (bias-corrected)', async () => {
    expectClose(await run(adam({ lr: 0.01 }), 1), [0.99, 2.01]);
    expectClose(await run(adam({ lr: 0.01 }), 3), [0.97, 2.03]);
  });
  it('matches the update written out by hand for two different gradients', async () => {
    const { tf } = backend;
    const opt = adam({ lr: 0.1, beta1: 0.5, beta2: 0.75, eps: 0.01 });
    const w = tf.variable(tf.tensor1d([0]));
    opt.step(tf, [w], [tf.tensor1d([2])]);
    opt.step(tf, [w], [tf.tensor1d([-1])]);
    // t=1: m=1, v=1, m̂=2, v̂=4 → w = −0.1·2/(2+0.01); t=2: m=0, v=0.5, m̂=0 → no move.
    expect((await w.data())[0]).toBeCloseTo(-0.2 / 2.01, 6);
    expect(opt.iterations).toBe(2);
    opt.dispose();
    w.dispose();
  });
});

describe('optimizer.step(tf, vars, grads)', () => {
  it('rejects mismatched gradients and frees its state on dispose()', () => {
    const { tf } = backend;
    const w = tf.variable(tf.zeros([2, 2]));
    const [wrong, g] = [tf.zeros([3]), tf.ones([2, 2])];
    const before = tf.memory().numTensors;
    const opt = adam({ lr: 0.1 });
    expect(() => opt.step(tf, [w], [])).toThrow(/1 variables but 0 gradients/);
    expect(() => opt.step(tf, [w], [wrong])).toThrow(/gradient \[3\]/);
    opt.step(tf, [w], [g]);
    expect(tf.memory().numTensors).toBe(before + 2);
    opt.dispose();
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([wrong, g, w]);
  });
});

describe('fused updates (cpu)', () => {
  for (const [title, make, kernel, max] of [
    ['adam', (fused: boolean) => adam({ lr: 0.01, fused }), 'ReproAdamUpdate', 4096],
    ['sgd momentum', (fused: boolean) => sgd({ lr: 0.01, momentum: 0.9, fused }), 'ReproSgdMomentumUpdate', 2048],
  ] as const) {
    it(`${title}: one kernel up to ${max} elements, the op-by-op path above, the same values either way`, async () => {
      const { tf } = backend;
      for (const size of [max, max + 1]) {
        const values: number[][] = [];
        const kernels: string[][] = [];
        for (const fused of [true, false]) {
          const w = tf.variable(tf.linspace(-1, 1, size));
          const g = tf.sin(tf.linspace(0, 50, size));
          const opt = make(fused);
          opt.step(tf, [w as Variable], [g]);
          const profile = await tf.profile(() => opt.step(tf, [w as Variable], [g]));
          kernels.push(profile.kernels.map((k) => k.name));
          values.push(Array.from(await w.data()));
          opt.dispose();
          tf.dispose([w, g]);
        }
        expect(values[0]).toEqual(values[1]);
        expect(kernels[0]?.includes(kernel)).toBe(size <= max);
        expect(kernels[1]?.includes(kernel)).toBe(false);
      }
    });
  }
});
