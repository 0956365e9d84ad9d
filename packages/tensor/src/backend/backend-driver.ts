import type { BackendInfo, TF } from './backend.ts';

/** A backend registered with tfjs and ready for `tf.setBackend(tfjsName)`. */
export interface BackendSetup {
  info: BackendInfo;
  /** Disposes the tfjs backend instance (and device), leaving the thread able to create it again. */
  release(): Promise<void>;
}

/** How one backend is detected and registered; `createBackend` and `describeBackends` go through it. */
export interface BackendDriver {
  /** tfjs's own name for the backend (`tensorflow` for the tfjs-node bindings). */
  tfjsName: string;
  /** Availability, versions and flags, without selecting the backend in the engine. */
  describe(tf: TF): Promise<BackendInfo>;
  /** Registers the backend's factory with tfjs; throws `BackendUnavailableError` when it cannot. */
  register(tf: TF): Promise<BackendSetup>;
}
