import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeBackends } from '@repro/tensor';
import { describe, expect, it } from 'vitest';
import { findTorchPython, openTfjsSide, openTorchSide, TORCH_CONFIGS } from '../src/index.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const torch = findTorchPython();
const [blas] = await describeBackends(['wasm-blas']);

describe('openTfjsSide(backend)', () => {
  it('prepares, samples and releases a workload in a worker thread, with the backend info', async () => {
    const side = await openTfjsSide('wasm');
    try {
      expect(side.info).toMatchObject({ name: 'wasm', available: true });
      const prepared = await side.prepare('matmul', 2);
      expect(prepared.firstMs).toBeGreaterThan(0);
      expect(prepared.warmupMs).toHaveLength(2);
      const samples = await side.sample('matmul', { timeMs: 20, minIterations: 3 });
      expect(samples.length).toBeGreaterThanOrEqual(3);
      for (const s of samples) expect(s).toBeGreaterThan(0);
      await side.release('matmul');
      await expect(side.sample('matmul', { timeMs: 1, minIterations: 1 })).rejects.toThrow(/not prepared/);
      await expect(side.prepare('nope', 0)).rejects.toThrow(/unknown workload 'nope'/);
    } finally {
      await side.close();
    }
  });

  it('runs wasm-mt with the thread count of its environment', async () => {
    const side = await openTfjsSide('wasm-mt', 'wasm-mt@1', { REPRO_WASM_THREADS: '1' });
    try {
      expect(side.info).toMatchObject({ name: 'wasm-mt', flags: { threads: true, threadsCount: 1 } });
    } finally {
      await side.close();
    }
  });
});

describe('openTfjsSide("wasm-blas")', () => {
  it.skipIf(!blas?.available)(
    `runs with the OpenBLAS thread count of its environment and times a transposed product (${blas?.reason ?? 'available'})`,
    async () => {
      const side = await openTfjsSide('wasm-blas', 'wasm-blas@1', { OPENBLAS_NUM_THREADS: '1' });
      try {
        expect(side.info).toMatchObject({ name: 'wasm-blas', flags: { blasThreads: 1 } });
        await side.prepare('matmul-tb', 1);
        const samples = await side.sample('matmul-tb', { timeMs: 20, minIterations: 3 });
        expect(samples.length).toBeGreaterThanOrEqual(3);
        await side.release('matmul-tb');
      } finally {
        await side.close();
      }
    },
  );
});

describe('the PyTorch reference', () => {
  it.skipIf('reason' in torch)('serves the same workloads in both configurations and names its BLAS', async () => {
    const python = (torch as { python: string }).python;
    for (const config of TORCH_CONFIGS) {
      const side = await openTorchSide(python, join(root, 'scripts', 'torch', 'bench.py'), config);
      try {
        expect(side.label).toBe(`torch:${config.name}`);
        expect(side.info.workloads).toContain('factorial-mlp-step');
        expect((side.info.blas as string[]).join(' ')).toMatch(/blas/);
        await side.prepare('dense', 1);
        const samples = await side.sample('dense', { timeMs: 10, minIterations: 2 });
        expect(samples.length).toBeGreaterThanOrEqual(2);
        await expect(side.prepare('nope', 0)).rejects.toThrow(/unknown workload 'nope'/);
      } finally {
        await side.close();
      }
    }
  });

  it('when absent, says why', () => {
    const none = findTorchPython({ REPRO_TORCH_PYTHON: '/nonexistent/python', PATH: '' });
    // /usr/bin/python3 may still have torch; either way the answer is a python or a reason naming the packages
    if ('reason' in none) expect(none.reason).toMatch(/python3-torch/);
    else expect(none.python).toMatch(/python/);
  });
});
