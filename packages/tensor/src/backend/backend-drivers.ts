import type { BackendDriver } from './backend-driver.ts';
import type { BackendName } from './backend-name.ts';
import { cpuDriver } from './cpu-driver.ts';
import { nodeBindingDriver } from './node-binding-driver.ts';
import { wasmBlasDriver } from './wasm-blas-driver.ts';
import { wasmDriver } from './wasm-driver.ts';
import { wasmThreadedDriver } from './wasm-threaded-driver.ts';
import { webgpuDriver } from './webgpu-driver.ts';

/** The driver of every backend name. */
export const BACKEND_DRIVERS: Readonly<Record<BackendName, BackendDriver>> = Object.freeze({
  wasm: wasmDriver,
  'wasm-mt': wasmThreadedDriver,
  'wasm-blas': wasmBlasDriver,
  cpu: cpuDriver,
  webgpu: webgpuDriver,
  native: nodeBindingDriver('native', '@tensorflow/tfjs-node'),
  gpu: nodeBindingDriver('gpu', '@tensorflow/tfjs-node-gpu'),
});
