import type { Rng, TF } from '@repro/tensor';

/** Shape parameters of a workload: the one definition both harnesses (tfjs and the torch script) read. */
export type WorkloadParams = Record<string, number>;

/** A workload set up on one backend: `run` does one timed unit of work and reads its result back. */
export interface WorkloadInstance {
  /** One iteration; resolves once the result has been read back to JavaScript (`await t.data()`). */
  run(): Promise<void>;
  /** Frees every tensor the instance holds. */
  dispose(): void;
}

/**
 * A benchmark workload. `engine: 'tfjs'` runs on a TensorFlow.js backend; `engine: 'js'` is plain
 * JavaScript (the float64 linear algebra of @repro/tensor), the same on every backend, so it is timed once.
 */
export interface Workload {
  /** Stable id used on the command line, in JSON and by the torch script (`scripts/torch/bench.py`). */
  name: string;
  /** What one iteration does, in one line. */
  description: string;
  engine: 'tfjs' | 'js';
  params: WorkloadParams;
  /** Floating-point operations of one iteration (multiply and add counted apart), by the formula in `flopsNote`. */
  flops: number;
  flopsNote: string;
  /** Sets the workload up from seeded data; `tf` has the backend selected (ignored by `js` workloads). */
  setup(tf: TF, rng: Rng): WorkloadInstance;
}
