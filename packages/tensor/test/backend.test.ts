import { describe, expect, it } from 'vitest';
import {
  BACKEND_NAMES,
  BackendUnavailableError,
  createBackend,
  DEFAULT_BACKEND,
  describeBackends,
  isBackendName,
} from '../src/index.ts';

describe('backend names', () => {
  it('lists the seven backends with wasm as the default', () => {
    expect([...BACKEND_NAMES]).toEqual(['wasm', 'wasm-mt', 'wasm-blas', 'cpu', 'webgpu', 'native', 'gpu']);
    expect(DEFAULT_BACKEND).toBe('wasm');
    expect(isBackendName('webgpu')).toBe(true);
    expect(isBackendName('webgl')).toBe(false);
  });
});

describe('describeBackends()', () => {
  it('reports cpu and wasm available with versions, wasm with its SIMD/threads flags', async () => {
    const [wasm, cpu] = await describeBackends(['wasm', 'cpu']);
    expect(cpu).toEqual({
      name: 'cpu',
      available: true,
      versions: { 'tfjs-core': '4.22.0', 'tfjs-backend-cpu': '4.22.0' },
      flags: {},
    });
    expect(wasm?.available).toBe(true);
    expect(wasm?.versions['tfjs-backend-wasm']).toBe('4.22.0');
    expect(wasm?.flags).toMatchObject({ simd: true, threads: false, binary: 'tfjs-backend-wasm-simd.wasm' });
  });

  it('reports an absent optional package as unavailable with the reason and the install hint', async () => {
    const infos = await describeBackends(['native', 'gpu']);
    for (const [info, pkg] of [
      [infos[0], '@tensorflow/tfjs-node'],
      [infos[1], '@tensorflow/tfjs-node-gpu'],
    ] as const) {
      expect(info?.available).toBe(false);
      expect(info?.reason).toBe(`package ${pkg} is not installed`);
      expect(info?.installHint).toContain(`pnpm add -w ${pkg}`);
    }
  });

  it('describes webgpu without crashing: available with an adapter, or unavailable with a reason', async () => {
    const [webgpu] = await describeBackends(['webgpu']);
    expect(webgpu?.name).toBe('webgpu');
    if (webgpu?.available) expect(webgpu.flags).toHaveProperty('description');
    else expect(webgpu?.reason).toMatch(/\w/);
  });
});

describe('createBackend(name)', () => {
  it('selects the backend, registers the gradients, and disposes idempotently', async () => {
    const backend = await createBackend('cpu');
    const { tf } = backend;
    expect(tf.getBackend()).toBe('cpu');
    expect(backend.info.available).toBe(true);
    const grad = tf.grad((x) => tf.sum(tf.square(x)));
    expect(Array.from(await grad(tf.tensor1d([1, -2, 3])).data())).toEqual([2, -4, 6]);
    await backend.dispose();
    await backend.dispose();
    const again = await createBackend('cpu');
    expect(again.tf.getBackend()).toBe('cpu');
    expect(Array.from(await again.tf.add(tf.scalar(1), tf.scalar(2)).data())).toEqual([3]);
    await again.dispose();
  });

  it('throws BackendUnavailableError with reason and hint for an absent optional package', async () => {
    const error = await createBackend('native').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackendUnavailableError);
    expect((error as BackendUnavailableError).backend).toBe('native');
    expect((error as BackendUnavailableError).reason).toBe('package @tensorflow/tfjs-node is not installed');
    expect((error as BackendUnavailableError).installHint).toContain('pnpm add -w @tensorflow/tfjs-node');
  });
});
