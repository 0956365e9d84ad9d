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
import { conv1dPatchesRef, denseRef, embeddingRef, locallyConnectedRef } from './reference-layers.ts';

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
