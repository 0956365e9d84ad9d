import { availableParallelism } from 'node:os';

/** The environment variable that sets the thread count of the `wasm-mt` backend. */
export const WASM_THREADS_ENV = 'REPRO_WASM_THREADS';

/**
 * The number of threads of the `wasm-mt` backend: `REPRO_WASM_THREADS` when set to a positive
 * integer, else the cores available to the process (`os.availableParallelism()`). Throws on a value
 * that is not a positive integer, so a typo is never silently replaced by the default.
 */
export function wasmThreads(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[WASM_THREADS_ENV];
  if (raw === undefined || raw === '') return availableParallelism();
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${WASM_THREADS_ENV} must be a positive integer (got "${raw}")`);
  return n;
}
