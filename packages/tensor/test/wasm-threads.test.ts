import { availableParallelism } from 'node:os';
import type { Tensor } from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { WASM_THREADS_ENV, wasmThreads } from '../src/backend/wasm-threads.ts';
import { createBackend, createRng, describeBackends, sampleNormal, type TF } from '../src/index.ts';

/** The XNNPACK pool size the backend really runs with (tfjs exposes it on the Emscripten module). */
function poolSize(tf: TF): number {
  return (tf.backend() as unknown as { wasm: { tfjs: { getThreadsCount(): number } } }).wasm.tfjs.getThreadsCount();
}

/** A matmul large enough for XNNPACK to split it over threads, and a dense-layer gradient. */
async function products(tf: TF): Promise<Float32Array[]> {
  const rng = createRng(7);
  const a = tf.tensor2d(sampleNormal(rng, 256 * 192), [256, 192]);
  const b = tf.tensor2d(sampleNormal(rng, 192 * 160), [192, 160]);
  const outs: Tensor[] = [
    tf.matMul(a, b),
    tf.matMul(a, a, false, true),
    tf.grad((w: Tensor) => tf.sum(tf.relu(tf.matMul(a, w))))(b),
  ];
  const values = await Promise.all(outs.map(async (t) => (await t.data()) as Float32Array));
  tf.dispose([a, b, ...outs]);
  return values;
}

describe('wasmThreads(env)', () => {
  it('defaults to the available cores and reads REPRO_WASM_THREADS', () => {
    expect(wasmThreads({})).toBe(availableParallelism());
    expect(wasmThreads({ [WASM_THREADS_ENV]: '3' })).toBe(3);
  });

  it('rejects a value that is not a positive integer', () => {
    for (const bad of ['0', '-1', '1.5', 'two']) {
      expect(() => wasmThreads({ [WASM_THREADS_ENV]: bad })).toThrow(/positive integer/);
    }
  });
});

describe('createBackend("wasm-mt")', () => {
  it('describes the threaded SIMD build with its thread count', async () => {
    const [info] = await describeBackends(['wasm-mt']);
    expect(info).toMatchObject({
      name: 'wasm-mt',
      available: true,
      flags: { simd: true, threads: true, threadsCount: wasmThreads(), binary: 'tfjs-backend-wasm-threaded-simd.wasm' },
    });
  });

  it('runs a pool of REPRO_WASM_THREADS threads, bit-identical to single-threaded wasm, and gives wasm back on dispose', async () => {
    const single = await createBackend('wasm');
    expect(poolSize(single.tf)).toBe(1);
    const expected = await products(single.tf);
    await single.dispose();

    const threaded = await createBackend('wasm-mt');
    expect(threaded.tf.getBackend()).toBe('wasm');
    expect(poolSize(threaded.tf)).toBe(Math.min(wasmThreads(), 8));
    const got = await products(threaded.tf);
    await threaded.dispose();
    got.forEach((values, i) => {
      expect(values.length).toBe(expected[i]?.length);
      expect(values.every((v, j) => v === expected[i]?.[j])).toBe(true);
    });

    const again = await createBackend('wasm');
    expect(poolSize(again.tf)).toBe(1);
    await again.dispose();
  });
});
