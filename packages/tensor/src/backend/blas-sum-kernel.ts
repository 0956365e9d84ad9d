import type { KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';
import { util } from '@tensorflow/tfjs-core';
import type { BlasEngine } from './blas-engine.ts';
import type { WasmHeapBackend } from './blas-mat-mul-kernel.ts';

interface SumArgs {
  inputs: { x: TensorInfo };
  backend: WasmHeapBackend;
  attrs: { axis: number | number[]; keepDims: boolean };
}

/**
 * The reduction as column sums of a [rows, cols] matrix, or undefined: the reduced axes must be a
 * leading block [0…a−1] that leaves at least one axis (rows = ∏ shape[0…a−1], cols = the rest).
 * Those are the reductions the stock kernel transposes first (it reduces innermost axes only).
 */
export function sumAsColumnSums(shape: readonly number[], axis: number | number[]) {
  const axes = [...new Set(util.parseAxisParam(axis, shape as number[]))].sort((a, b) => a - b);
  const a = axes.length;
  if (a === 0 || a >= shape.length || axes.some((ax, i) => ax !== i)) return undefined;
  return {
    rows: util.sizeFromShape(shape.slice(0, a) as number[]),
    cols: util.sizeFromShape(shape.slice(a) as number[]),
    axes,
  };
}

/**
 * The wasm backend's `Sum` over leading axes of float32 tensors (the bias gradient Σ_rows dy of a
 * dense layer), computed as onesᵀ·X by OpenBLAS's `sgemv` in place on the wasm heap, instead of the
 * stock kernel's explicit transpose followed by a row reduction. Other reductions, dtypes and inputs
 * under `minElements` go to `stock`.
 */
export function blasSum(engine: BlasEngine, stock: KernelFunc, minElements: number): KernelFunc {
  return ((args: SumArgs) => {
    const { x } = args.inputs;
    const plan = x.dtype === 'float32' ? sumAsColumnSums(x.shape, args.attrs.axis) : undefined;
    if (!plan || plan.rows * plan.cols < minElements) return stock(args as unknown as Parameters<KernelFunc>[0]);
    const { backend } = args;
    const kept = x.shape.slice(plan.axes.length);
    const shape = args.attrs.keepDims ? [...plan.axes.map(() => 1), ...kept] : kept;
    const out = backend.makeOutput(shape, 'float32');
    // Views taken after the allocation: a malloc that grows the heap detaches older views.
    engine.columnSums(
      plan.rows,
      plan.cols,
      backend.typedArrayFromHeap(x) as Float32Array,
      backend.typedArrayFromHeap(out) as Float32Array,
    );
    return out;
  }) as unknown as KernelFunc;
}
