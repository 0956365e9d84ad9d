import { type Backend, createBackend, createRng } from '@repro/tensor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHierarchyNet, type EncodedSplit, testError, trainHierarchyNet } from '../src/index.ts';

let backend: Backend;
beforeAll(async () => {
  backend = await createBackend('cpu');
});
afterAll(async () => {
  await backend.dispose();
});

// Two patches of length 4 over 3 channels, 3 classes, 8 points per class with random ±1 inputs.
const config = { net: 'cnn' as const, depth: 2, filter: 4, channels: 3, width: 8, classes: 3 };
function split(n: number, seed: number): EncodedSplit {
  const rng = createRng(seed);
  const x = Float32Array.from({ length: n * 16 * 3 }, () => (rng.uniform() < 0.5 ? -1 : 1));
  return { x, labels: Int32Array.from({ length: n }, (_, i) => i % 3), n };
}
describe('testError(tf, net, split) and dead nets (cpu)', () => {
  it('tells a live net from a dead one (identical logits for every point)', async () => {
    const tf = backend.tf;
    const test = split(30, 2);
    const net = createHierarchyNet(tf, config, createRng(1));
    const live = await testError(tf, net, test, 16, 3);
    expect(live.dead).toBe(false);
    expect(live.error).toBeGreaterThan(0);
    expect(live.error).toBeLessThan(1);
    for (const v of net.vars) v.assign(tf.mul(v, 0));
    const dead = await testError(tf, net, test, 16, 3);
    expect(dead.dead).toBe(true);
    net.dispose();
  });
  it('stops training at the first checkpoint when the net is dead, and not when it is alive', async () => {
    const tf = backend.tf;
    const data = split(24, 3);
    const train = [0, 1, 2].map((c) => Int32Array.from({ length: 8 }, (_, i) => 3 * i + c));
    const options = {
      lr: 0.5,
      momentum: 0.9,
      perClassBatch: 4,
      maxEpochs: 30,
      stopLoss: 1e-9,
      evalEvery: 10,
      length: 16,
      channels: 3,
      classes: 3,
    };
    const net = createHierarchyNet(tf, config, createRng(1));
    const alive = await trainHierarchyNet(tf, net, data, train, split(30, 4), options, createRng(5));
    expect(alive.dead).toBe(false);
    expect(alive.epochs).toBe(30);
    for (const v of net.vars) v.assign(tf.mul(v, 0));
    const dead = await trainHierarchyNet(tf, net, data, train, split(30, 4), options, createRng(5));
    expect(dead.dead).toBe(true);
    expect(dead.epochs).toBe(10);
    net.dispose();
  });
});
