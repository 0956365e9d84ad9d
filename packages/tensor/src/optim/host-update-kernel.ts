import type { KernelFunc, NamedAttrMap, Tensor, TensorInfo } from '@tensorflow/tfjs-core';
import type { TF } from '../backend/backend.ts';

/** tfjs-backend-wasm's `BackendWasm`, the part used: outputs allocated on its heap, heap views of tensors. */
interface WasmBackendLike {
  makeOutput(shape: number[], dtype: 'float32'): TensorInfo;
  typedArrayFromHeap(info: TensorInfo): Float32Array;
}

/** tfjs-backend-cpu's `MathBackendCPU`, the part used. */
interface CpuBackendLike {
  data: { get(dataId: object): { values: Float32Array } };
  makeTensorInfo(shape: number[], dtype: 'float32', values: Float32Array): TensorInfo;
}

/**
 * An element-wise update written as one loop over host arrays: `inputs` (read) and `outputs` (written, as many
 * as `outputs` says, each the shape of the first input), with the kernel's attributes.
 */
export interface HostUpdate<A> {
  name: string;
  outputs: number;
  /**
   * Largest variable (elements) the loop takes: above it the backend's vectorized element-wise kernels beat the
   * host loop even with their dispatch cost (wasm, side by side: momentum SGD 26 vs 21 µs at 4096 elements,
   * Adam 222 vs 101 µs at 16384), so larger variables keep the op-by-op path (the same bits either way).
   */
  maxSize: number;
  update(inputs: Float32Array[], outputs: Float32Array[], attrs: A): void;
}

function wasmKernel<A>(u: HostUpdate<A>): KernelFunc {
  return ((args: { inputs: Record<string, TensorInfo>; backend: WasmBackendLike; attrs: A }) => {
    const { inputs, backend, attrs } = args;
    const ins = Object.values(inputs);
    const shape = (ins[0] as TensorInfo).shape;
    const outs = Array.from({ length: u.outputs }, () => backend.makeOutput(shape, 'float32'));
    // Views after the allocations: a malloc that grows the heap detaches older views.
    u.update(
      ins.map((t) => backend.typedArrayFromHeap(t)),
      outs.map((t) => backend.typedArrayFromHeap(t)),
      attrs,
    );
    return outs;
  }) as unknown as KernelFunc;
}

function cpuKernel<A>(u: HostUpdate<A>): KernelFunc {
  return ((args: { inputs: Record<string, TensorInfo>; backend: CpuBackendLike; attrs: A }) => {
    const { inputs, backend, attrs } = args;
    const ins = Object.values(inputs).map((t) => backend.data.get(t.dataId).values);
    const n = (ins[0] as Float32Array).length;
    const outs = Array.from({ length: u.outputs }, () => new Float32Array(n));
    u.update(ins, outs, attrs);
    const shape = (Object.values(inputs)[0] as TensorInfo).shape;
    return outs.map((out) => backend.makeTensorInfo(shape, 'float32', out));
  }) as unknown as KernelFunc;
}

/** The backends (tfjs names) host updates are written for: those whose tensors live in host memory. */
const BUILDERS: Record<string, <A>(u: HostUpdate<A>) => KernelFunc> = { wasm: wasmKernel, cpu: cpuKernel };

/**
 * Runs `update` as a single kernel on the current backend and returns its outputs (new tensors), or undefined
 * where the backend keeps its tensors elsewhere (webgpu), an input is not float32 or the variable is larger than
 * `update.maxSize`: the caller then runs the same update op by op. The kernel is registered on first use; it has
 * no gradient (an optimizer step is never differentiated). Inputs are passed in the order `update` reads them.
 */
export function runHostUpdate<A extends object>(
  tf: TF,
  update: HostUpdate<A>,
  inputs: Record<string, Tensor>,
  attrs: A,
): Tensor[] | undefined {
  const backendName = tf.getBackend();
  const build = BUILDERS[backendName];
  const tensors = Object.values(inputs);
  if (!build || (tensors[0]?.size ?? 0) > update.maxSize || tensors.some((t) => t.dtype !== 'float32')) {
    return undefined;
  }
  if (!tf.getKernel(update.name, backendName)) {
    tf.registerKernel({ kernelName: update.name, backendName, kernelFunc: build(update) });
  }
  return tf.engine().runKernel(update.name, inputs, attrs as unknown as NamedAttrMap) as unknown as Tensor[];
}
