import type { KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';
import { broadcast_util, util } from '@tensorflow/tfjs-core';
import type { BlasEngine } from './blas-engine.ts';

/** The part of tfjs-backend-wasm's `BackendWasm` the kernel uses: its heap and its output allocator. */
export interface WasmHeapBackend {
  makeOutput(shape: number[], dtype: 'float32'): TensorInfo;
  typedArrayFromHeap(info: TensorInfo): Float32Array | Int32Array | Uint8Array;
}

/** When a product goes to BLAS rather than to the stock kernel. */
export interface BlasRouting {
  /** FLOPs of one matrix product (2·m·n·k, per batch element) from which BLAS takes it. */
  minFlops: number;
}

interface BatchMatMulArgs {
  inputs: { a: TensorInfo; b: TensorInfo };
  backend: WasmHeapBackend;
  attrs: { transposeA: boolean; transposeB: boolean };
}

/** The product's dimensions, or undefined when BLAS does not take it (the stock kernel then decides, and throws its own errors). */
function plan(a: TensorInfo, b: TensorInfo, transposeA: boolean, transposeB: boolean) {
  if (a.dtype !== 'float32' || b.dtype !== 'float32' || a.shape.length < 2 || b.shape.length < 2) return undefined;
  const ra = a.shape.length;
  const rb = b.shape.length;
  const m = a.shape[transposeA ? ra - 1 : ra - 2] as number;
  const k = a.shape[transposeA ? ra - 2 : ra - 1] as number;
  const kb = b.shape[transposeB ? rb - 1 : rb - 2] as number;
  const n = b.shape[transposeB ? rb - 2 : rb - 1] as number;
  if (k !== kb || m * n * k === 0) return undefined;
  const batchA = util.sizeFromShape(a.shape.slice(0, -2));
  const batchB = util.sizeFromShape(b.shape.slice(0, -2));
  let outer: number[];
  try {
    outer = broadcast_util.assertAndGetBroadcastShape(a.shape.slice(0, -2), b.shape.slice(0, -2));
  } catch {
    return undefined;
  }
  const batch = util.sizeFromShape(outer);
  // Batches pair up one to one, or one side is a single matrix reused for every batch.
  if (!((batchA === batch || batchA === 1) && (batchB === batch || batchB === 1))) return undefined;
  return { m, n, k, batch, batchA, batchB, outShape: [...outer, m, n] };
}

/**
 * The wasm backend's `BatchMatMul` with products of at least `routing.minFlops` FLOPs per matrix computed by OpenBLAS's
 * `sgemm`, in place on the wasm heap: the inputs are read where the backend keeps them, the output is
 * allocated by the backend (`makeOutput`) and written by sgemm, and transpose flags go to sgemm as
 * they are (no explicit transpose). Smaller products, other dtypes and broadcasts that are not
 * one-to-one or one-to-all go to `stock`, the package's own kernel.
 */
export function blasBatchMatMul(engine: BlasEngine, stock: KernelFunc, routing: BlasRouting): KernelFunc {
  return ((args: BatchMatMulArgs) => {
    const { a, b } = args.inputs;
    const { transposeA, transposeB } = args.attrs;
    const p = plan(a, b, transposeA, transposeB);
    if (!p || 2 * p.m * p.n * p.k < routing.minFlops) return stock(args as unknown as Parameters<KernelFunc>[0]);
    const { backend } = args;
    const out = backend.makeOutput(p.outShape, 'float32');
    // Views taken after the allocation: a malloc that grows the heap detaches older views.
    const av = backend.typedArrayFromHeap(a) as Float32Array;
    const bv = backend.typedArrayFromHeap(b) as Float32Array;
    const cv = backend.typedArrayFromHeap(out) as Float32Array;
    const { m, n, k } = p;
    if (p.batchB === 1 && !transposeA) {
      // Every batch of A against one B: a single product with batch·m rows.
      engine.sgemm(false, transposeB, p.batch * m, n, k, av, bv, cv);
      return out;
    }
    const sa = p.batchA === 1 ? 0 : m * k;
    const sb = p.batchB === 1 ? 0 : k * n;
    for (let i = 0; i < p.batch; i += 1) {
      engine.sgemm(
        transposeA,
        transposeB,
        m,
        n,
        k,
        av.subarray(i * sa, i * sa + m * k),
        bv.subarray(i * sb, i * sb + k * n),
        cv.subarray(i * m * n, (i + 1) * m * n),
      );
    }
    return out;
  }) as unknown as KernelFunc;
}
