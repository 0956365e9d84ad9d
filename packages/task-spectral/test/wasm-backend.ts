import { type Backend, createBackend } from '@repro/tensor';
import { afterAll, beforeAll } from 'vitest';

/** The wasm backend of a test file: created before its tests, disposed after them; `.tf` inside a test. */
export function useWasmBackend(): { readonly tf: Backend['tf'] } {
  let backend: Backend | undefined;
  beforeAll(async () => {
    backend = await createBackend('wasm');
  });
  afterAll(() => backend?.dispose());
  return {
    get tf() {
      if (!backend) throw new Error('the wasm backend is used outside a test');
      return backend.tf;
    },
  };
}
