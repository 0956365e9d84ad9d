/**
 * The TensorFlow.js backends the project knows by name.
 * - `wasm`: @tensorflow/tfjs-backend-wasm (the default: SIMD, single-threaded in Node)
 * - `wasm-mt`: the same package's threaded SIMD build, `REPRO_WASM_THREADS` threads (default: the cores)
 * - `wasm-blas`: `wasm` with large matrix products on OpenBLAS's `sgemm` (libopenblas.so.0 through npm
 *   `koffi`), `OPENBLAS_NUM_THREADS` threads (default: the cores)
 * - `cpu`: @tensorflow/tfjs-backend-cpu (pure JavaScript; the reference for agreement checks)
 * - `webgpu`: @tensorflow/tfjs-backend-webgpu on npm `webgpu` (Dawn)
 * - `native`: @tensorflow/tfjs-node (optional, loaded only if installed)
 * - `gpu`: @tensorflow/tfjs-node-gpu (optional, loaded only if installed)
 */
export type BackendName = 'wasm' | 'wasm-mt' | 'wasm-blas' | 'cpu' | 'webgpu' | 'native' | 'gpu';

export const BACKEND_NAMES: readonly BackendName[] = Object.freeze([
  'wasm',
  'wasm-mt',
  'wasm-blas',
  'cpu',
  'webgpu',
  'native',
  'gpu',
]);

export const DEFAULT_BACKEND: BackendName = 'wasm';

export function isBackendName(name: string): name is BackendName {
  return (BACKEND_NAMES as readonly string[]).includes(name);
}
