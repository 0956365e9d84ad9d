import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CellTask, CellTaskResult } from './cell-task.ts';

/** The cores used by running independent cells in worker threads; each worker owns one backend. */
export interface CellPool {
  /** `shouldRun` is asked when a worker is free; false resolves the task as skipped without running it. */
  run(task: CellTask, shouldRun?: () => boolean): Promise<CellTaskResult>;
  /** Lets every worker release its backend, then ends the threads. */
  close(): Promise<void>;
}

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

type Job = { task: CellTask; resolve: (r: CellTaskResult) => void; shouldRun?: () => boolean };
type Slot = { worker: Worker; job?: Job; ready: boolean };

const WORKER = new URL('./cell-worker.mjs', import.meta.url);

const THREAD_VARS = ['OPENBLAS_NUM_THREADS', 'REPRO_WASM_THREADS'];
/** Names of the thread variables the pool set for its workers (comma list), so a serial cell can undo them. */
export const POOL_THREAD_VARS_ENV = 'REPRO_POOL_THREAD_VARS';

/**
 * The environment of a cell worker: a backend that runs its own threads (OpenBLAS under `wasm-blas` and the
 * host float64 path, the threaded `wasm-mt`) gets the cores divided among the workers, so `--jobs 2` on two
 * cores runs one thread per worker instead of two each (measured: a matmul-heavy training step on 2 cores
 * with 2 OpenBLAS threads per busy worker ran ≈ 20× slower than with 1). A value the user set is kept.
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
const CLOSE_GRACE_MS = 10_000;

/**
 * A fixed set of worker threads fed from one queue. A worker that dies mid-cell (a crash in native code)
 * turns that cell into an error result and is replaced; closing asks each worker to release its backend
 * before the thread ends, since ending a thread that still holds a GPU device can crash the process.
 */
export function createCellPool(workers: number): CellPool {
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let closing = false;
  const environment = workerEnvironment(workers);

  const dispatch = () => {
    for (const slot of slots) {
      while (slot.ready && !slot.job && queue.length > 0) {
        const job = queue.shift() as Job;
        if (job.shouldRun && !job.shouldRun()) {
          job.resolve({ status: 'skipped', durationMs: 0 });
          continue;
        }
        slot.job = job;
        slot.worker.postMessage({ kind: 'run', task: slot.job.task });
      }
    }
  };
  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(WORKER, { env: environment }), ready: false };
    slot.worker.on('message', (message: { kind: string; result?: CellTaskResult }) => {
      if (message.kind === 'ready') slot.ready = true;
      if (message.kind === 'done' && slot.job && message.result) {
        slot.job.resolve(message.result);
        slot.job = undefined;
      }
      dispatch();
    });
    slot.worker.on('error', () => {});
    slot.worker.on('exit', (code) => {
      const job = slot.job;
      slot.job = undefined;
      if (job) job.resolve({ status: 'error', error: `worker thread exited with code ${code}`, durationMs: 0 });
      if (closing) return;
      slots.splice(slots.indexOf(slot), 1, spawn());
      dispatch();
    });
    return slot;
  };
  for (let i = 0; i < workers; i += 1) slots.push(spawn());

  return {
    run: (task, shouldRun) =>
      new Promise((resolve) => {
        queue.push({ task, resolve, ...(shouldRun ? { shouldRun } : {}) });
        dispatch();
      }),
    close: async () => {
      closing = true;
      await Promise.all(
        slots.map(
          (slot) =>
            new Promise<void>((resolve) => {
              const done = () => {
                clearTimeout(timer);
                slot.worker.unref();
                resolve();
              };
              const timer = setTimeout(done, CLOSE_GRACE_MS);
              slot.worker.on('message', (m: { kind: string }) => m.kind === 'closed' && done());
              slot.worker.once('exit', done);
              slot.worker.postMessage({ kind: 'close' });
            }),
        ),
      );
    },
  };
}
