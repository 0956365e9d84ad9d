import type { KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';
import { util } from '@tensorflow/tfjs-core';
import type { BlasEngine } from './blas-engine.ts';
import type { WasmHeapBackend } from './blas-mat-mul-kernel.ts';

interface TransposeArgs {
  inputs: { x: TensorInfo };
  backend: WasmHeapBackend;
  attrs: { perm: number[] };
}

/**
 * The permutation as a batch of matrix transposes, or undefined: `perm` must keep a leading block of
 * axes in place and swap the two blocks after it, [0…b−1, s…r−1, b…s−1] (e.g. [1,0], [0,2,1],
 * [0,2,3,1]); each of the `batch` matrices is [rows, cols] with rows = ∏ shape[b…s−1] and
 * cols = ∏ shape[s…r−1].
 */
export function transposeAsMatrices(shape: readonly number[], perm: readonly number[]) {
  const r = shape.length;
  if (perm.length !== r || r < 2) return undefined;
  let b = 0;
  while (b < r && perm[b] === b) b += 1;
  if (b >= r - 1) return undefined;
  const s = perm[b] as number;
  for (let i = 0; i < r - s; i += 1) if (perm[b + i] !== s + i) return undefined;
  for (let i = 0; i < s - b; i += 1) if (perm[b + (r - s) + i] !== b + i) return undefined;
  const size = (from: number, to: number) => util.sizeFromShape(shape.slice(from, to) as number[]);
  return { batch: size(0, b), rows: size(b, s), cols: size(s, r) };
}

/**
 * The wasm backend's `Transpose` for float32 permutations that are batches of matrix transposes
 * (`transposeAsMatrices`), computed by OpenBLAS's `somatcopy` in place on the wasm heap: the stock
 * kernel moves about 0.1 element per ns here, somatcopy one to several per ns. Other permutations,
 * dtypes and outputs under `minElements` go to `stock`.
 */
export function blasTranspose(engine: BlasEngine, stock: KernelFunc, minElements: number): KernelFunc {
  return ((args: TransposeArgs) => {
    const { x } = args.inputs;
    const plan = x.dtype === 'float32' ? transposeAsMatrices(x.shape, args.attrs.perm) : undefined;
    if (!plan || plan.batch * plan.rows * plan.cols < minElements) {
      return stock(args as unknown as Parameters<KernelFunc>[0]);
    }
    const { backend } = args;
    const out = backend.makeOutput(
      args.attrs.perm.map((p) => x.shape[p] as number),
      'float32',
    );
    // Views taken after the allocation: a malloc that grows the heap detaches older views.
    const xv = backend.typedArrayFromHeap(x) as Float32Array;
    const ov = backend.typedArrayFromHeap(out) as Float32Array;
    const { batch, rows, cols } = plan;
    const step = rows * cols;
    if (batch === 1) engine.transpose(rows, cols, xv, ov);
    else
      for (let i = 0; i < batch; i += 1) {
        engine.transpose(rows, cols, xv.subarray(i * step, (i + 1) * step), ov.subarray(i * step, (i + 1) * step));
      }
    return out;
  }) as unknown as KernelFunc;
}
