import type { KernelConfig, KernelFunc } from '@tensorflow/tfjs-core';
import type { BackendInfo } from './backend.ts';
import type { BackendDriver } from './backend-driver.ts';
import { BackendUnavailableError } from './backend-unavailable-error.ts';
import type { BlasEngine } from './blas-engine.ts';
import { BLAS_LIBRARY_ENV, BlasUnavailable, blasThreads, DEFAULT_BLAS_LIBRARY, loadBlasEngine } from './blas-engine.ts';
import { type BlasRouting, blasBatchMatMul } from './blas-mat-mul-kernel.ts';
import { blasSum } from './blas-sum-kernel.ts';
import { blasTranspose } from './blas-transpose-kernel.ts';
import { wasmDriver } from './wasm-driver.ts';

/**
 * Products routed to OpenBLAS: from 2·8³ FLOPs per matrix. Measured against the stock
 * single-threaded SIMD kernel in interleaved rounds (`pnpm --filter @repro/bench crossover`):
 * sgemm through koffi is faster from n = 8 on square products with any transpose flag, single
 * (1.5–2.2× at n = 8) or batched 64 at a time (1.5–2.3× at n = 8, 0.5× at n = 4, where a call per
 * matrix costs more than the stock kernel's one call for the batch).
 */
export const BLAS_ROUTING: Readonly<BlasRouting> = Object.freeze({ minFlops: 2 * 8 ** 3 });

/**
 * Transposes routed to OpenBLAS's somatcopy: from 64 elements. Measured on 2-D float32 transposes
 * against the stock kernel: 20 µs against 0.3 µs at [64,32], 634 against 10 µs at [1024,64].
 */
export const BLAS_TRANSPOSE_MIN_ELEMENTS = 64;

/** Sums over leading axes routed to OpenBLAS's sgemv (the stock kernel transposes them first): from 64 elements. */
export const BLAS_SUM_MIN_ELEMENTS = 64;

/** The wasm kernels replaced, each built from the engine and the stock kernel it falls back to. */
const OVERRIDES: Record<string, (engine: BlasEngine, stock: KernelFunc) => KernelFunc> = {
  BatchMatMul: (engine, stock) => blasBatchMatMul(engine, stock, BLAS_ROUTING),
  Transpose: (engine, stock) => blasTranspose(engine, stock, BLAS_TRANSPOSE_MIN_ELEMENTS),
  Sum: (engine, stock) => blasSum(engine, stock, BLAS_SUM_MIN_ELEMENTS),
};

function describe(wasm: BackendInfo): BackendInfo {
  const versions = wasm.versions;
  const library = process.env[BLAS_LIBRARY_ENV] || DEFAULT_BLAS_LIBRARY;
  const base = { name: 'wasm-blas' as const, versions };
  if (!wasm.available)
    return { ...base, available: false, reason: wasm.reason, installHint: wasm.installHint, flags: wasm.flags };
  try {
    const threads = blasThreads();
    const engine = loadBlasEngine(threads);
    return {
      ...base,
      versions: { ...versions, koffi: engine.koffiVersion },
      available: true,
      flags: {
        ...wasm.flags,
        blas: engine.config,
        blasCore: engine.coreName,
        blasLibrary: engine.library,
        blasThreads: engine.threads(),
        blasMinFlops: BLAS_ROUTING.minFlops,
        blasTransposeMinElements: BLAS_TRANSPOSE_MIN_ELEMENTS,
        blasSumMinElements: BLAS_SUM_MIN_ELEMENTS,
      },
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const installHint = error instanceof BlasUnavailable ? error.installHint : undefined;
    return { ...base, available: false, reason, installHint, flags: { ...wasm.flags, blasLibrary: library } };
  }
}

/**
 * `wasm-blas`: the `wasm` backend (single-threaded SIMD) with three kernels routed to OpenBLAS:
 * `BatchMatMul` to the multithreaded `sgemm` for products from `BLAS_ROUTING.minFlops` (smaller
 * ones, where the call costs more than it saves, stay on the stock kernel), `Transpose` of float32
 * matrices (and batches of them) to `somatcopy`, and `Sum` over leading axes to `sgemv`. It registers under tfjs's name `wasm` with
 * the kernels replaced, and puts the stock kernels back on release.
 * OpenBLAS runs `OPENBLAS_NUM_THREADS` threads (default: the cores). Unavailable, with the reason and
 * the install hint, when libopenblas.so.0 (Debian: libopenblas0-pthread) or the FFI package koffi is
 * missing.
 */
export const wasmBlasDriver: BackendDriver = {
  tfjsName: 'wasm',
  describe: async (tf) => describe(await wasmDriver.describe(tf)),
  register: async (tf) => {
    const info = describe(await wasmDriver.describe(tf));
    if (!info.available) throw new BackendUnavailableError('wasm-blas', info.reason ?? 'unknown', info.installHint);
    const setup = await wasmDriver.register(tf);
    const engine = loadBlasEngine(info.flags.blasThreads as number);
    const stock = Object.keys(OVERRIDES).map((name) => tf.getKernel(name, 'wasm') as KernelConfig | undefined);
    const missing = Object.keys(OVERRIDES).filter((_, i) => stock[i] === undefined);
    if (missing.length > 0) {
      await setup.release();
      throw new BackendUnavailableError('wasm-blas', `the wasm backend has no ${missing.join(', ')} kernel registered`);
    }
    const kernels = stock as KernelConfig[];
    for (const config of kernels) {
      const build = OVERRIDES[config.kernelName] as (engine: BlasEngine, stock: KernelFunc) => KernelFunc;
      tf.unregisterKernel(config.kernelName, 'wasm');
      tf.registerKernel({ ...config, kernelFunc: build(engine, config.kernelFunc) });
    }
    return {
      info,
      release: async () => {
        await setup.release();
        for (const config of kernels) {
          tf.unregisterKernel(config.kernelName, 'wasm');
          tf.registerKernel(config);
        }
      },
    };
  },
};
