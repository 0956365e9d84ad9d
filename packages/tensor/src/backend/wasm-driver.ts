import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { BackendInfo, TF } from './backend.ts';
import type { BackendDriver } from './backend-driver.ts';
import { BackendUnavailableError } from './backend-unavailable-error.ts';
import { packageVersions } from './package-version.ts';
import { removeKeepingFactory } from './remove-keeping-factory.ts';

const PACKAGES = ['@tensorflow/tfjs-core', '@tensorflow/tfjs-backend-wasm'];

/** The directory holding the package's `.wasm` binaries (its `dist/`, beside the Node entry point). */
function wasmDir(): string {
  return dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm'));
}

/** Imports the package (which registers the `wasm` factory) and reads the flags its loader will use. */
async function inspect(tf: TF): Promise<BackendInfo> {
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  const simd = await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT');
  const threads = await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT');
  const binary = simd
    ? threads
      ? 'tfjs-backend-wasm-threaded-simd.wasm'
      : 'tfjs-backend-wasm-simd.wasm'
    : 'tfjs-backend-wasm.wasm';
  const dir = wasmDir();
  const flags = { simd, threads, binary, wasmDir: dir };
  const versions = packageVersions(PACKAGES);
  if (!existsSync(join(dir, binary))) {
    return {
      name: 'wasm',
      available: false,
      reason: `${binary} not found in ${dir}`,
      installHint: 'reinstall dependencies (pnpm install)',
      versions,
      flags,
    };
  }
  wasm.setWasmPaths(`${dir}/`);
  return { name: 'wasm', available: true, versions, flags };
}

/**
 * `wasm`: @tensorflow/tfjs-backend-wasm. The binaries are located through the package's `dist/`
 * directory (`setWasmPaths` with a file path prefix). tfjs reports multithreading as unsupported in
 * Node, so the single-threaded SIMD binary is the one used here.
 */
export const wasmDriver: BackendDriver = {
  tfjsName: 'wasm',
  describe: inspect,
  register: async (tf) => {
    const info = await inspect(tf);
    if (!info.available) throw new BackendUnavailableError('wasm', info.reason ?? 'unknown', info.installHint);
    return {
      info,
      release: async () => removeKeepingFactory(tf, 'wasm', 2),
    };
  },
};
