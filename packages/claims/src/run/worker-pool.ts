import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { CellTask, CellTaskResult } from './cell-task.ts';

/** The cores used by running independent cells in worker threads; each worker owns one backend. */
export interface CellPool {
  run(task: CellTask): Promise<CellTaskResult>;
  close(): Promise<void>;
}

export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

export function createCellPool(workers: number): CellPool {
  const pool = new Piscina<CellTask, CellTaskResult>({
    filename: new URL('./cell-worker.mjs', import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: Number.POSITIVE_INFINITY,
    // Worker stdout is not needed: progress is reported by the main thread.
    execArgv: [],
  });
  return {
    run: (task) => pool.run(task),
    close: () => pool.destroy(),
  };
}
