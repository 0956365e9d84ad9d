import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CellTask, CellTaskResult } from './cell-task.ts';
import { workerEnvironment } from './worker-environment.ts';

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
