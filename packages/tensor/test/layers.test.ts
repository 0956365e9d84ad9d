import type { NamedTensorMap, Tensor, Tensor1D, Tensor2D, Tensor3D } from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Backend,
  batchedMatMul,
  conv1dPatches,
  createBackend,
  createRng,
  dense,
  embedding,
  locallyConnected1d,
  sampleNormal,
} from '../src/index.ts';

let backend: Backend;
beforeAll(async () => {
  backend = await createBackend('cpu');
});
afterAll(async () => {
  await backend.dispose();
});

const rng = createRng(31);
const close = async (a: Tensor, b: Tensor, tol = 1e-5) => {
  expect(a.shape).toEqual(b.shape);
  const [va, vb] = [await a.data(), await b.data()];
  let worst = 0;
  va.forEach((v, i) => {
    worst = Math.max(worst, Math.abs(v - (vb[i] as number)));
  });
  expect(worst).toBeLessThan(tol);
};

/** Records the transpose flags of every BatchMatMul the engine runs inside `f`. */
function matMulFlags(f: () => void): boolean[][] {
  const engine = backend.tf.engine();
  const original = engine.runKernel.bind(engine);
  const flags: boolean[][] = [];
  engine.runKernel = ((name: string, inputs: NamedTensorMap, attrs?: Record<string, unknown>) => {
    if (name === 'BatchMatMul') flags.push([Boolean(attrs?.transposeA), Boolean(attrs?.transposeB)]);
    return original(name, inputs, attrs as never);
  }) as typeof engine.runKernel;
  try {
    f();
  } finally {
    engine.runKernel = original;
  }
  return flags;
}

describe('layers (cpu): same values as the stock ops they replace', () => {
  it('conv1dPatches(tf, x, w, b, F) equals tf.conv1d(x, reshape(w, [F, C, out]), F, "valid") + b', async () => {
    const { tf } = backend;
    const x = tf.tensor3d(sampleNormal(rng, 3 * 12 * 4), [3, 12, 4]);
    const w = tf.tensor2d(sampleNormal(rng, 3 * 4 * 5), [12, 5]);
    const b = tf.tensor1d(sampleNormal(rng, 5));
    await close(
      conv1dPatches(tf, x, w, b, 3),
      tf.add(tf.conv1d(x, tf.reshape(w, [3, 4, 5]) as Tensor3D, 3, 'valid'), b),
    );
  });

  it("locallyConnected1d(tf, x, w, b, F) applies patch p's own weights w[p] and bias b[p]", async () => {
    const { tf } = backend;
    const x = tf.tensor3d(sampleNormal(rng, 2 * 6 * 3), [2, 6, 3]);
    const w = tf.tensor3d(sampleNormal(rng, 3 * 6 * 4), [3, 6, 4]);
    const b = tf.tensor2d(sampleNormal(rng, 3 * 4), [3, 4]);
    const y = locallyConnected1d(tf, x, w, b, 2);
    const patches = tf.reshape(x, [2, 3, 6]);
    const perPosition = [0, 1, 2].map((p) =>
      tf.add(
        tf.matMul(
          tf.squeeze(tf.slice(patches, [0, p, 0], [2, 1, 6]), [1]) as Tensor2D,
          tf.squeeze(tf.slice(w, [p, 0, 0], [1, 6, 4]), [0]) as Tensor2D,
        ),
        tf.squeeze(tf.slice(b, [p, 0], [1, 4]), [0]),
      ),
    );
    await close(y, tf.stack(perPosition, 1));
  });

  it('embedding(tf, indices, table) equals tf.gather(table, indices), for [B] and [B, T] indices', async () => {
    const { tf } = backend;
    const table = tf.tensor2d(sampleNormal(rng, 7 * 3), [7, 3]);
    const i2 = tf.tensor2d(
      [
        [0, 6, 2],
        [3, 3, 1],
      ],
      [2, 3],
      'int32',
    );
    await close(embedding(tf, i2, table), tf.gather(table, i2));
    const i1 = tf.tensor1d([5, 0, 4], 'int32');
    await close(embedding(tf, i1, table), tf.gather(table, i1));
    expect(() => embedding(tf, tf.tensor1d([1, 2]), table)).toThrow(/int32/);
  });

  it('dense(tf, x[..., in], w) flattens leading axes and checks shapes', async () => {
    const { tf } = backend;
    const x = tf.tensor3d(sampleNormal(rng, 2 * 3 * 4), [2, 3, 4]);
    const w = tf.tensor2d(sampleNormal(rng, 4 * 5), [4, 5]);
    const y = dense(tf, x, w);
    expect(y.shape).toEqual([2, 3, 5]);
    await close(y, tf.reshape(tf.matMul(tf.reshape(x, [6, 4]) as Tensor2D, w), [2, 3, 5]));
    expect(() => dense(tf, x, tf.zeros([5, 5]) as Tensor2D)).toThrow(/dense/);
    expect(() => dense(tf, x, w, tf.zeros([4]) as Tensor1D)).toThrow(/dense/);
  });

  it('batchedMatMul(tf, a[P,B,K], w[P,K,N]) checks shapes', () => {
    const { tf } = backend;
    expect(() => batchedMatMul(tf, tf.zeros([2, 3, 4]) as Tensor3D, tf.zeros([2, 5, 4]) as Tensor3D)).toThrow(
      /batchedMatMul/,
    );
  });
});

describe('layers (cpu): gradients use plain matMuls only (appendix A.4)', () => {
  it('dense, conv1dPatches, locallyConnected1d and embedding backprop without transposeA/transposeB', () => {
    const { tf } = backend;
    const x = tf.tensor3d(sampleNormal(rng, 2 * 8 * 3), [2, 8, 3]);
    const wConv = tf.tensor2d(sampleNormal(rng, 6 * 4), [6, 4]);
    const wLc = tf.tensor3d(sampleNormal(rng, 4 * 6 * 4), [4, 6, 4]);
    const bLc = tf.zeros([4, 4]) as Tensor2D;
    const wDense = tf.tensor2d(sampleNormal(rng, 4 * 2), [4, 2]);
    const table = tf.tensor2d(sampleNormal(rng, 5 * 4), [5, 4]);
    const idx = tf.tensor2d([[1, 2, 3, 4]], [1, 4], 'int32');
    const flags = matMulFlags(() => {
      const grads = tf.grads((a: Tensor, b: Tensor, c: Tensor, d: Tensor) => {
        const h1 = conv1dPatches(tf, x, a as Tensor2D, null, 2);
        const h2 = locallyConnected1d(tf, x, b as Tensor3D, bLc, 2);
        const e = embedding(tf, idx, d as Tensor2D);
        return tf.sum(tf.add(tf.add(dense(tf, tf.add(h1, h2), c as Tensor2D), tf.sum(e)), 0));
      })([wConv, wLc, wDense, table]);
      expect(grads).toHaveLength(4);
    });
    expect(flags.length).toBeGreaterThanOrEqual(9);
    expect(flags.filter(([a, b]) => a || b)).toEqual([]);
  });

  it('while the stock matMul gradient does use them (the reason for the custom gradients)', () => {
    const { tf } = backend;
    const a = tf.tensor2d(sampleNormal(rng, 12), [3, 4]);
    const b = tf.tensor2d(sampleNormal(rng, 8), [4, 2]);
    const flags = matMulFlags(() =>
      tf.grads((p: Tensor, q: Tensor) => tf.sum(tf.matMul(p as Tensor2D, q as Tensor2D)))([a, b]),
    );
    expect(flags.filter(([x, y]) => x || y).length).toBeGreaterThan(0);
  });
});
