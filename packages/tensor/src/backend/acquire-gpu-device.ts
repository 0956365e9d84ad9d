import { isMainThread } from 'node:worker_threads';
import { BackendUnavailableError } from './backend-unavailable-error.ts';

/** The adapter limits raised from their defaults on the device tfjs-backend-webgpu runs on. */
const RAISED_LIMITS = [
  'maxComputeWorkgroupStorageSize',
  'maxComputeWorkgroupsPerDimension',
  'maxStorageBufferBindingSize',
  'maxBufferSize',
  'maxComputeWorkgroupSizeX',
  'maxComputeWorkgroupSizeY',
  'maxComputeWorkgroupSizeZ',
  'maxComputeInvocationsPerWorkgroup',
  'maxStorageBuffersPerShaderStage',
  'maxUniformBufferBindingSize',
] as const;

/** Dawn instance options tried in order: its default backends (Vulkan, …), then OpenGL ES (Mesa on Linux). */
const DAWN_BACKENDS: readonly { label: string; options: string[] }[] = [
  { label: 'default', options: [] },
  { label: 'opengles', options: ['backend=opengles'] },
];

export const WEBGPU_INSTALL_HINT =
  'install the Debian packages in packages/tensor/system-packages.txt (Mesa EGL + llvmpipe), or use a machine with a Vulkan GPU driver';

export interface GpuDevice {
  gpu: GPU;
  adapter: GPUAdapter;
  device: GPUDevice;
  dawnBackend: string;
}

/**
 * Loads Dawn (npm `webgpu`), puts its WebGPU globals and `navigator.gpu` on `globalThis` (the tfjs
 * backend reads `GPUBufferUsage` & co. from there) and opens a device on the first adapter found,
 * requested with `featureLevel: 'compatibility'` so OpenGL ES adapters qualify. On Linux, Mesa's EGL
 * needs `EGL_PLATFORM=surfaceless` without a display; it is set here when unset, before Dawn loads EGL.
 * A worker thread cannot do that (its `process.env` is a private copy that native code does not see):
 * there the variable must already be in the process environment, set by the shell or by the main
 * thread (e.g. its `describeBackends(['webgpu'])`) before the worker initializes Dawn.
 * Throws `BackendUnavailableError` with the reason when there is no package, adapter or device.
 */
export async function acquireGpuDevice(): Promise<GpuDevice> {
  if (process.platform === 'linux' && process.env.EGL_PLATFORM === undefined) process.env.EGL_PLATFORM = 'surfaceless';
  let dawn: typeof import('webgpu');
  try {
    dawn = await import('webgpu');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const missing = /Cannot find (module|package) 'webgpu'/.test(message);
    throw new BackendUnavailableError(
      'webgpu',
      missing ? 'package webgpu is not installed' : `package webgpu failed to load: ${message}`,
      missing ? 'pnpm install (webgpu is an optional dependency of @repro/tensor)' : WEBGPU_INSTALL_HINT,
    );
  }
  Object.assign(globalThis, dawn.globals);
  for (const { label, options } of DAWN_BACKENDS) {
    const gpu = dawn.create(options);
    const adapter = await gpu.requestAdapter({ featureLevel: 'compatibility' });
    if (!adapter) continue;
    const requiredLimits: Record<string, number> = {};
    for (const name of RAISED_LIMITS) requiredLimits[name] = adapter.limits[name];
    const requiredFeatures = (['timestamp-query'] as const).filter((f) => adapter.features.has(f));
    let device: GPUDevice;
    try {
      device = await adapter.requestDevice({ requiredLimits, requiredFeatures });
    } catch (error) {
      throw new BackendUnavailableError(
        'webgpu',
        `requestDevice failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const nav = (globalThis as { navigator?: { gpu?: GPU } }).navigator;
    if (nav === undefined) Object.assign(globalThis, { navigator: { gpu } });
    else if (nav.gpu === undefined) Object.defineProperty(nav, 'gpu', { value: gpu, configurable: true });
    return { gpu, adapter, device, dawnBackend: label };
  }
  const workerNote = isMainThread
    ? ''
    : '; in a worker thread EGL_PLATFORM=surfaceless must be set in the process environment beforehand (a worker cannot set it for native code)';
  throw new BackendUnavailableError(
    'webgpu',
    `Dawn found no WebGPU adapter (no Vulkan driver, and EGL/OpenGL ES did not initialize)${workerNote}`,
    WEBGPU_INSTALL_HINT,
  );
}
