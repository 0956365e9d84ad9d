import type { WebGPUBackend } from '@tensorflow/tfjs-backend-webgpu';

type WebGPUBackendClass = typeof WebGPUBackend;

/**
 * tfjs-backend-webgpu ignores WebGPU validation errors: a kernel whose bind group is invalid (e.g. a
 * tensor over the device's maxStorageBufferBindingSize, 128 MiB on llvmpipe) is dropped and its
 * output reads as zeros. This subclass collects the device's uncaptured errors and makes the next
 * `read` (`await tensor.data()`) reject with them, so a wrong result is never silent.
 */
export function checkedWebGPUBackend(Base: WebGPUBackendClass, device: GPUDevice): WebGPUBackendClass {
  const errors: string[] = [];
  device.addEventListener('uncapturederror', (event) => {
    errors.push((event as GPUUncapturedErrorEvent).error.message);
  });
  return class CheckedWebGPUBackend extends Base {
    override async read(dataId: object) {
      const values = await super.read(dataId);
      if (errors.length > 0) {
        const messages = errors.splice(0, errors.length);
        throw new Error(
          `WebGPU reported ${messages.length} error(s); results since are unreliable: ${messages.join(' | ')}`,
        );
      }
      return values;
    }
  };
}
