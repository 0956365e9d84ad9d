import type { BackendDriver } from './backend-driver.ts';
import { packageVersions } from './package-version.ts';
import { removeKeepingFactory } from './remove-keeping-factory.ts';

const PACKAGES = ['@tensorflow/tfjs-core', '@tensorflow/tfjs-backend-cpu'];

/** `cpu`: @tensorflow/tfjs-backend-cpu, pure JavaScript; always available. */
export const cpuDriver: BackendDriver = {
  tfjsName: 'cpu',
  describe: async () => ({ name: 'cpu', available: true, versions: packageVersions(PACKAGES), flags: {} }),
  register: async (tf) => {
    await import('@tensorflow/tfjs-backend-cpu');
    return {
      info: { name: 'cpu', available: true, versions: packageVersions(PACKAGES), flags: {} },
      release: async () => removeKeepingFactory(tf, 'cpu', 1),
    };
  },
};
