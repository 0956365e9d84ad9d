import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { poolThreadDefaults, workerEnvironment } from '../src/run/worker-environment.ts';
import { createCellPool } from '../src/run/worker-pool.ts';

const suitePath = fileURLToPath(new URL('./fixture/exiting-suite.ts', import.meta.url));
const task = (replicate: number) => ({
  suitePath,
  claimId: 'exiting.first-cell-exits',
  cell: { arm: 'claim' as const, params: {}, replicate },
  seed: 1,
  tier: 'smoke' as const,
  backend: 'cpu' as const,
});

describe('createCellPool(workers)', () => {
  it('turns a worker that dies mid-cell into an error result and keeps running on a fresh worker', async () => {
    const pool = createCellPool(1);
    const [dead, alive] = await Promise.all([pool.run(task(0)), pool.run(task(1))]);
    await pool.close();
    expect(dead).toMatchObject({ status: 'error', error: 'worker thread exited with code 7' });
    expect(alive).toMatchObject({ status: 'ok', output: 1 });
  }, 30_000);
});

describe('workerEnvironment(workers)', () => {
  it('divides the cores among the workers for OpenBLAS and wasm-mt, at least one thread each', () => {
    expect(workerEnvironment(2, {}, 2)).toMatchObject({
      OPENBLAS_NUM_THREADS: '1',
      REPRO_WASM_THREADS: '1',
      REPRO_POOL_THREAD_VARS: 'OPENBLAS_NUM_THREADS,REPRO_WASM_THREADS',
    });
    expect(workerEnvironment(2, {}, 8)).toMatchObject({ OPENBLAS_NUM_THREADS: '4', REPRO_WASM_THREADS: '4' });
    expect(workerEnvironment(1, {}, 2)).toMatchObject({ OPENBLAS_NUM_THREADS: '2', REPRO_WASM_THREADS: '2' });
    expect(workerEnvironment(4, {}, 2)).toMatchObject({ OPENBLAS_NUM_THREADS: '1', REPRO_WASM_THREADS: '1' });
  });

  it('keeps a value the user set and does not list it as set by the pool', () => {
    const env = workerEnvironment(2, { OPENBLAS_NUM_THREADS: '3', OTHER: 'x' }, 2);
    expect(env).toMatchObject({ OPENBLAS_NUM_THREADS: '3', REPRO_WASM_THREADS: '1', OTHER: 'x' });
    expect(env.REPRO_POOL_THREAD_VARS).toBe('REPRO_WASM_THREADS');
  });

  it('poolThreadDefaults gives back the cores for exactly the variables the pool set', () => {
    expect(poolThreadDefaults(workerEnvironment(2, {}, 2), 2)).toEqual({
      OPENBLAS_NUM_THREADS: '2',
      REPRO_WASM_THREADS: '2',
    });
    expect(poolThreadDefaults(workerEnvironment(2, { OPENBLAS_NUM_THREADS: '3' }, 2), 2)).toEqual({
      REPRO_WASM_THREADS: '2',
    });
    expect(poolThreadDefaults({}, 2)).toEqual({});
  });

  it('reaches the cells: a worker of a pool of two on this machine sees its share', async () => {
    const suitePath = fileURLToPath(new URL('./fixture/thread-env-suite.ts', import.meta.url));
    const saved = { a: process.env.OPENBLAS_NUM_THREADS, b: process.env.REPRO_WASM_THREADS };
    delete process.env.OPENBLAS_NUM_THREADS;
    delete process.env.REPRO_WASM_THREADS;
    try {
      const pool = createCellPool(2);
      const result = await pool.run({
        suitePath,
        claimId: 'thread-env.report',
        cell: { arm: 'claim', params: {}, replicate: 0 },
        seed: 1,
        tier: 'smoke',
        backend: 'cpu',
      });
      await pool.close();
      const share = String(Math.max(1, Math.floor(availableParallelism() / 2)));
      expect(result).toMatchObject({
        status: 'ok',
        output: `${share}/${share}/OPENBLAS_NUM_THREADS,REPRO_WASM_THREADS`,
      });
    } finally {
      if (saved.a !== undefined) process.env.OPENBLAS_NUM_THREADS = saved.a;
      if (saved.b !== undefined) process.env.REPRO_WASM_THREADS = saved.b;
    }
  }, 30_000);
});
