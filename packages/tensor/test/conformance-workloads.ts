import type { Tensor, Tensor1D, Tensor2D, Tensor3D } from '@tensorflow/tfjs-core';
import {
  conv1dPatches,
  createRng,
  dense,
  deriveSeed,
  embedding,
  locallyConnected1d,
  sampleNormal,
  type TF,
  uniformInt,
} from '../src/index.ts';
import { conv1dPatchesRef, denseRef, embeddingRef, locallyConnectedRef, matMulRef } from './reference-layers.ts';

/** One input of a workload: values, shape, dtype. */
export interface Input {
  values: Float32Array | Int32Array;
  shape: number[];
  dtype: 'float32' | 'int32';
}

/** A layer call checked on every backend: forward against cpu and float64, gradients against finite differences. */
export interface Workload {
  title: string;
  inputs: Record<string, Input>;
  forward(tf: TF, t: Record<string, Tensor>): Tensor;
  /** The same function in float64 JS, from the inputs' values. */
  reference(v: Record<string, ArrayLike<number>>): Float64Array;
  /** Float inputs whose gradient is checked, with how many coordinates (all when absent). */
  grads: { name: string; coordinates?: number }[];
}

function normal(label: string, shape: number[], std = 1): Input {
  const n = shape.reduce((a, b) => a * b, 1);
  return { values: sampleNormal(createRng(deriveSeed('conformance', label)), n, 0, std), shape, dtype: 'float32' };
}

function symbols(label: string, shape: number[], vocab: number): Input {
  const rng = createRng(deriveSeed('conformance', label));
  const n = shape.reduce((a, b) => a * b, 1);
  return { values: Int32Array.from({ length: n }, () => uniformInt(rng, vocab)), shape, dtype: 'int32' };
}

/** One-hot encoding of symbols in [0, c) as float32 [..., c]. */
function oneHot(label: string, shape: number[], c: number): Input {
  const s = symbols(label, shape, c).values;
  const values = new Float32Array(s.length * c);
  s.forEach((k, i) => {
    values[i * c + k] = 1;
  });
  return { values, shape: [...shape, c], dtype: 'float32' };
}

const t2 = (t: Tensor) => t as Tensor2D;
const t3 = (t: Tensor) => t as Tensor3D;
const t1 = (t: Tensor) => t as Tensor1D;

export const WORKLOADS: readonly Workload[] = [
  {
    title: 'tf.matMul(a[64,48], b[48,40])',
    inputs: { a: normal('mm.a', [64, 48]), b: normal('mm.b', [48, 40]) },
    forward: (tf, t) => tf.matMul(t2(t.a as Tensor), t2(t.b as Tensor)),
    reference: (v) => denseRef(v.a as ArrayLike<number>, v.b as ArrayLike<number>, null, 64, 48, 40),
    grads: [
      { name: 'a', coordinates: 40 },
      { name: 'b', coordinates: 40 },
    ],
  },
  ...(
    [
      [true, false],
      [false, true],
      [true, true],
    ] as const
  ).map(
    ([ta, tb]): Workload => ({
      title: `tf.matMul(a, b, ${ta}, ${tb}) (a ${ta ? '[48,64]' : '[64,48]'}, b ${tb ? '[40,48]' : '[48,40]'})`,
      inputs: {
        a: normal(`mmt${+ta}${+tb}.a`, ta ? [48, 64] : [64, 48]),
        b: normal(`mmt${+ta}${+tb}.b`, tb ? [40, 48] : [48, 40]),
      },
      forward: (tf, t) => tf.matMul(t2(t.a as Tensor), t2(t.b as Tensor), ta, tb),
      reference: (v) =>
        matMulRef(
          v.a as ArrayLike<number>,
          v.b as ArrayLike<number>,
          { m: 64, k: 48, n: 40, batchA: 1, batchB: 1 },
          ta,
          tb,
        ),
      grads: [
        { name: 'a', coordinates: 40 },
        { name: 'b', coordinates: 40 },
      ],
    }),
  ),
  {
    title: 'tf.matMul(a[2,3,16,24], b[2,3,24,12]) (batched, rank 4)',
    inputs: { a: normal('bmm.a', [2, 3, 16, 24]), b: normal('bmm.b', [2, 3, 24, 12]) },
    forward: (tf, t) => tf.matMul(t.a as Tensor, t.b as Tensor),
    reference: (v) =>
      matMulRef(v.a as ArrayLike<number>, v.b as ArrayLike<number>, { m: 16, k: 24, n: 12, batchA: 6, batchB: 6 }),
    grads: [
      { name: 'a', coordinates: 40 },
      { name: 'b', coordinates: 40 },
    ],
  },
  {
    title: 'tf.matMul(a[5,16,24], b[24,12]) and tf.matMul(b[12,24], a[5,24,16]) (one matrix against a batch)',
    inputs: { a: normal('bcm.a', [5, 16, 24]), b: normal('bcm.b', [24, 12]), c: normal('bcm.c', [12, 24]) },
    forward: (tf, t) =>
      tf.concat(
        [
          tf.reshape(tf.matMul(t.a as Tensor, t.b as Tensor), [-1]),
          tf.reshape(tf.matMul(t.c as Tensor, tf.reshape(t.a as Tensor, [5, 24, 16])), [-1]),
        ],
        0,
      ),
    reference: (v) => {
      const left = matMulRef(v.a as ArrayLike<number>, v.b as ArrayLike<number>, {
        m: 16,
        k: 24,
        n: 12,
        batchA: 5,
        batchB: 1,
      });
      const right = matMulRef(v.c as ArrayLike<number>, v.a as ArrayLike<number>, {
        m: 12,
        k: 24,
        n: 16,
        batchA: 1,
        batchB: 5,
      });
      return Float64Array.from([...left, ...right]);
    },
    // Only a's gradient: tfjs's stock BatchMatMul gradient does not reduce over a broadcast batch
    // (the single matrix's gradient comes back with the batch axis, on every backend).
    grads: [{ name: 'a', coordinates: 40 }],
  },
  {
    title: 'dense(tf, x[32,24], w[24,16], b[16])',
    inputs: { x: normal('dense.x', [32, 24]), w: normal('dense.w', [24, 16], 0.2), b: normal('dense.b', [16]) },
    forward: (tf, t) => dense(tf, t.x as Tensor, t2(t.w as Tensor), t1(t.b as Tensor)),
    reference: (v) =>
      denseRef(v.x as ArrayLike<number>, v.w as ArrayLike<number>, v.b as ArrayLike<number>, 32, 24, 16),
    grads: [{ name: 'x' }, { name: 'w' }, { name: 'b' }],
  },
  {
    title: 'dense(tf, x[4,8,24], w[24,16]) (rank 3, no bias)',
    inputs: { x: normal('dense3.x', [4, 8, 24]), w: normal('dense3.w', [24, 16], 0.2) },
    forward: (tf, t) => dense(tf, t.x as Tensor, t2(t.w as Tensor)),
    reference: (v) => denseRef(v.x as ArrayLike<number>, v.w as ArrayLike<number>, null, 32, 24, 16),
    grads: [{ name: 'x' }, { name: 'w' }],
  },
  {
    title: 'conv1dPatches(tf, x[8,12,3], w[12,5], b[5], 4)',
    inputs: { x: normal('conv.x', [8, 12, 3]), w: normal('conv.w', [12, 5], 0.3), b: normal('conv.b', [5]) },
    forward: (tf, t) => conv1dPatches(tf, t3(t.x as Tensor), t2(t.w as Tensor), t1(t.b as Tensor), 4),
    reference: (v) =>
      conv1dPatchesRef(v.x as ArrayLike<number>, v.w as ArrayLike<number>, v.b as ArrayLike<number>, [8, 12, 3], 4, 5),
    grads: [{ name: 'x' }, { name: 'w' }, { name: 'b' }],
  },
  {
    title: 'locallyConnected1d(tf, x[6,12,3], w[3,12,5], b[3,5], 4)',
    inputs: { x: normal('lc.x', [6, 12, 3]), w: normal('lc.w', [3, 12, 5], 0.3), b: normal('lc.b', [3, 5]) },
    forward: (tf, t) => locallyConnected1d(tf, t3(t.x as Tensor), t3(t.w as Tensor), t2(t.b as Tensor), 4),
    reference: (v) =>
      locallyConnectedRef(
        v.x as ArrayLike<number>,
        v.w as ArrayLike<number>,
        v.b as ArrayLike<number>,
        [6, 12, 3],
        4,
        5,
      ),
    grads: [{ name: 'x' }, { name: 'w' }, { name: 'b' }],
  },
  {
    title: 'locallyConnected1d(tf, x[5,8,2], w[4,4,3], null, 2) (no bias)',
    inputs: { x: normal('lc2.x', [5, 8, 2]), w: normal('lc2.w', [4, 4, 3], 0.3) },
    forward: (tf, t) => locallyConnected1d(tf, t3(t.x as Tensor), t3(t.w as Tensor), null, 2),
    reference: (v) => locallyConnectedRef(v.x as ArrayLike<number>, v.w as ArrayLike<number>, null, [5, 8, 2], 2, 3),
    grads: [{ name: 'x' }, { name: 'w' }],
  },
  {
    title: 'embedding(tf, indices[6,5], table[10,7])',
    inputs: { indices: symbols('emb.i', [6, 5], 10), table: normal('emb.t', [10, 7]) },
    forward: (tf, t) => embedding(tf, t.indices as Tensor, t2(t.table as Tensor)),
    reference: (v) => embeddingRef(v.indices as ArrayLike<number>, v.table as ArrayLike<number>, 7),
    grads: [{ name: 'table' }],
  },
  {
    title: 'embedding(tf, indices[9], table[4,3])',
    inputs: { indices: symbols('emb1.i', [9], 4), table: normal('emb1.t', [4, 3]) },
    forward: (tf, t) => embedding(tf, t.indices as Tensor, t2(t.table as Tensor)),
    reference: (v) => embeddingRef(v.indices as ArrayLike<number>, v.table as ArrayLike<number>, 3),
    grads: [{ name: 'table' }],
  },
  {
    title: 'conv1dPatches(tf, oneHot x[64,256,8], w[32,64], b[64], 4) (realistic one-hot workload)',
    inputs: {
      x: oneHot('onehot.x', [64, 256], 8),
      w: normal('onehot.w', [32, 64], 1 / Math.sqrt(32)),
      b: normal('onehot.b', [64], 0.1),
    },
    forward: (tf, t) => conv1dPatches(tf, t3(t.x as Tensor), t2(t.w as Tensor), t1(t.b as Tensor), 4),
    reference: (v) =>
      conv1dPatchesRef(
        v.x as ArrayLike<number>,
        v.w as ArrayLike<number>,
        v.b as ArrayLike<number>,
        [64, 256, 8],
        4,
        64,
      ),
    grads: [
      { name: 'w', coordinates: 12 },
      { name: 'b', coordinates: 12 },
    ],
  },
];

/** The loss weights r for a workload output of `size` values (fixed per workload). */
export function lossWeights(title: string, size: number): Float32Array {
  return sampleNormal(createRng(deriveSeed('conformance', 'r', title)), size);
}

/** The seeded subset of coordinates checked by finite differences (all when `count` is absent). */
export function gradCoordinates(title: string, name: string, size: number, count?: number): number[] {
  if (count === undefined || count >= size) return Array.from({ length: size }, (_, i) => i);
  const rng = createRng(deriveSeed('conformance', 'coords', title, name));
  return Array.from({ length: count }, () => uniformInt(rng, size));
}
