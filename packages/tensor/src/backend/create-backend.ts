import * as tf from '@tensorflow/tfjs-core';
import type { Backend } from './backend.ts';
import { BACKEND_DRIVERS } from './backend-drivers.ts';
import type { BackendName } from './backend-name.ts';
import { BackendUnavailableError } from './backend-unavailable-error.ts';
import { registerGradients } from './register-gradients.ts';

/**
 * Registers and initializes the backend `name`, selects it (`tf.setBackend`) and waits until it is
 * ready. tfjs's engine is global per thread, so a thread uses one backend at a time: the worker
 * threads of the runner each create their own. Throws `BackendUnavailableError` (with the reason and
 * the install hint) when the backend cannot be created on this machine.
 */
export async function createBackend(name: BackendName): Promise<Backend> {
  const driver = BACKEND_DRIVERS[name];
  if (driver === undefined) throw new BackendUnavailableError(name, `unknown backend name '${name}'`);
  await registerGradients(tf);
  const setup = await driver.register(tf);
  let selected = false;
  try {
    selected = await tf.setBackend(driver.tfjsName);
    if (selected) await tf.ready();
  } catch (error) {
    await setup.release();
    throw new BackendUnavailableError(
      name,
      `initialization failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!selected) {
    await setup.release();
    throw new BackendUnavailableError(
      name,
      `tf.setBackend('${driver.tfjsName}') failed (tfjs logged the cause as a warning)`,
    );
  }
  let disposed = false;
  return {
    name,
    tf,
    info: setup.info,
    dispose: async () => {
      if (disposed) return;
      disposed = true;
      await setup.release();
    },
  };
}
