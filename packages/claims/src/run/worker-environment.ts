import { availableParallelism } from 'node:os';

const THREAD_VARS = ['OPENBLAS_NUM_THREADS', 'REPRO_WASM_THREADS'];
/** Names of the thread variables the pool set for its workers (comma list), so a serial cell can undo them. */
export const POOL_THREAD_VARS_ENV = 'REPRO_POOL_THREAD_VARS';

/**
 * The environment of a cell worker: a backend that runs its own threads (OpenBLAS under `wasm-blas` and the
 * host float64 path, the threaded `wasm-mt`) gets the cores divided among the workers, so `--jobs 2` on two
 * cores runs one thread per worker instead of two each (measured on a busy 2-core machine: the factorial
 * MLP step on wasm-blas took 124 ms with two OpenBLAS threads, 41 ms with one; its matrix products 98 ms
 * against 4.4). A value the user set is kept.
 */
export function workerEnvironment(
  workers: number,
  env: NodeJS.ProcessEnv = process.env,
  cores: number = availableParallelism(),
): NodeJS.ProcessEnv {
  const share = String(Math.max(1, Math.floor(cores / Math.max(1, workers))));
  const out: NodeJS.ProcessEnv = { ...env };
  const set: string[] = [];
  for (const name of THREAD_VARS) {
    if (out[name] === undefined || out[name] === '') {
      out[name] = share;
      set.push(name);
    }
  }
  out[POOL_THREAD_VARS_ENV] = set.join(',');
  return out;
}

/**
 * For a cell that runs alone and opens its own threaded sides (the serial performance suite): the thread
 * variables the pool set, back at their defaults (the cores), to pass to the sides' environment.
 */
export function poolThreadDefaults(
  env: NodeJS.ProcessEnv = process.env,
  cores: number = availableParallelism(),
): Record<string, string> {
  const set = (env[POOL_THREAD_VARS_ENV] ?? '').split(',').filter((name) => THREAD_VARS.includes(name));
  return Object.fromEntries(set.map((name) => [name, String(cores)]));
}
