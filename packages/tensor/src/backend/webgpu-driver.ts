import { acquireGpuDevice, type GpuDevice } from './acquire-gpu-device.ts';
import type { BackendInfo, TF } from './backend.ts';
import type { BackendDriver } from './backend-driver.ts';
import { BackendUnavailableError } from './backend-unavailable-error.ts';
import { checkedWebGPUBackend } from './checked-webgpu-backend.ts';
import { packageVersions } from './package-version.ts';

const PACKAGES = ['@tensorflow/tfjs-core', '@tensorflow/tfjs-backend-webgpu', 'webgpu'];

function infoOf(gpu: GpuDevice): BackendInfo {
  const { adapter, dawnBackend } = gpu;
  const flags = {
    dawnBackend,
    featureLevel: 'compatibility',
    vendor: adapter.info.vendor,
    architecture: adapter.info.architecture,
    device: adapter.info.device,
    description: adapter.info.description,
    maxStorageBufferBindingSize: gpu.device.limits.maxStorageBufferBindingSize,
    eglPlatform: process.env.EGL_PLATFORM,
    /** tfjs-backend-webgpu reads synchronously through OffscreenCanvas, which Node lacks: use `await t.data()`. */
    syncReadback: typeof (globalThis as { OffscreenCanvas?: unknown }).OffscreenCanvas !== 'undefined',
  };
  return { name: 'webgpu', available: true, versions: packageVersions(PACKAGES), flags };
}

function unavailable(error: unknown): BackendInfo {
  const versions = packageVersions(PACKAGES);
  if (error instanceof BackendUnavailableError) {
    return {
      name: 'webgpu',
      available: false,
      reason: error.reason,
      installHint: error.installHint,
      versions,
      flags: {},
    };
  }
  const reason = error instanceof Error ? error.message : String(error);
  return { name: 'webgpu', available: false, reason, versions, flags: {} };
}

/**
 * `webgpu`: @tensorflow/tfjs-backend-webgpu on Dawn (npm `webgpu`). The package's own factory asks
 * for a core-level adapter, which an OpenGL ES adapter is not, so the factory is replaced by one that
 * wraps the device opened by `acquireGpuDevice` (compatibility level). Without a GPU this is Mesa
 * llvmpipe through OpenGL ES: a real but slow software path, which the conformance suite checks.
 * WebGPU validation errors, which tfjs ignores (the output would read as zeros), make the next read
 * reject (`checkedWebGPUBackend`). `dataSync()` is unavailable in Node (tfjs reads synchronously
 * through OffscreenCanvas): read with `await tensor.data()`.
 */
export const webgpuDriver: BackendDriver = {
  tfjsName: 'webgpu',
  describe: async () => {
    try {
      const gpu = await acquireGpuDevice();
      gpu.device.destroy();
      return infoOf(gpu);
    } catch (error) {
      return unavailable(error);
    }
  },
  register: async (tf: TF) => {
    const gpu = await acquireGpuDevice();
    const { WebGPUBackend } = await import('@tensorflow/tfjs-backend-webgpu');
    if (tf.findBackendFactory('webgpu')) tf.removeBackend('webgpu');
    const adapterInfo = gpu.adapter.info as ConstructorParameters<typeof WebGPUBackend>[1];
    const Checked = checkedWebGPUBackend(WebGPUBackend, gpu.device);
    tf.registerBackend('webgpu', () => new Checked(gpu.device, adapterInfo), 3);
    return {
      info: infoOf(gpu),
      release: async () => {
        tf.removeBackend('webgpu');
        gpu.device.destroy();
      },
    };
  },
};
