import * as tf from '@tensorflow/tfjs-core';
import type { BackendInfo } from './backend.ts';
import { BACKEND_DRIVERS } from './backend-drivers.ts';
import { BACKEND_NAMES, type BackendName } from './backend-name.ts';

/**
 * Tells, per backend, whether it can be created here, and if not why and how to fix it, with package
 * versions and flags (SIMD/threads for wasm; the adapter for webgpu). Probes one backend at a time and
 * leaves the engine's selected backend unchanged (webgpu opens and destroys a device to find out).
 */
export async function describeBackends(names: readonly BackendName[] = BACKEND_NAMES): Promise<BackendInfo[]> {
  const infos: BackendInfo[] = [];
  for (const name of names) {
    try {
      infos.push(await BACKEND_DRIVERS[name].describe(tf));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      infos.push({ name, available: false, reason, versions: {}, flags: {} });
    }
  }
  return infos;
}
