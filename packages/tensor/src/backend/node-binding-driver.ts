import { createRequire } from 'node:module';
import type { BackendInfo, TF } from './backend.ts';
import type { BackendDriver } from './backend-driver.ts';
import type { BackendName } from './backend-name.ts';
import { BackendUnavailableError } from './backend-unavailable-error.ts';
import { packageVersions } from './package-version.ts';
import { removeKeepingFactory } from './remove-keeping-factory.ts';

const HINTS: Record<string, string> = {
  '@tensorflow/tfjs-node': 'pnpm add -w @tensorflow/tfjs-node where its install script can download libtensorflow',
  '@tensorflow/tfjs-node-gpu':
    'pnpm add -w @tensorflow/tfjs-node-gpu (Linux x64 with CUDA and cuDNN; its install script downloads libtensorflow with GPU support)',
};

/** Imports the optional package; the reason it cannot be used comes back as `BackendUnavailableError`. */
async function load(name: BackendName, pkg: string): Promise<void> {
  const hint = HINTS[pkg];
  try {
    createRequire(import.meta.url).resolve(pkg);
  } catch {
    throw new BackendUnavailableError(name, `package ${pkg} is not installed`, hint);
  }
  try {
    await import(pkg);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new BackendUnavailableError(name, `package ${pkg} failed to load: ${message}`, hint);
  }
}

/**
 * `native` (@tensorflow/tfjs-node) and `gpu` (@tensorflow/tfjs-node-gpu): TensorFlow's C library
 * through Node bindings, registered by the package under tfjs's name `tensorflow`. Optional and never
 * a dependency: loaded with a dynamic import only when installed.
 */
export function nodeBindingDriver(name: BackendName, pkg: string): BackendDriver {
  const versions = () => packageVersions(['@tensorflow/tfjs-core', pkg]);
  const info = (): BackendInfo => ({ name, available: true, versions: versions(), flags: { package: pkg } });
  return {
    tfjsName: 'tensorflow',
    describe: async () => {
      try {
        await load(name, pkg);
        return info();
      } catch (error) {
        const known = error instanceof BackendUnavailableError;
        return {
          name,
          available: false,
          reason: known ? error.reason : String(error),
          installHint: known ? error.installHint : HINTS[pkg],
          versions: versions(),
          flags: { package: pkg },
        };
      }
    },
    register: async (tf: TF) => {
      await load(name, pkg);
      return { info: info(), release: async () => removeKeepingFactory(tf, 'tensorflow', 3) };
    },
  };
}
