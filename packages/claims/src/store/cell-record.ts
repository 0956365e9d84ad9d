import type { Json } from '../spec/claim-spec.ts';
import type { CellIdentity } from './cell-key.ts';

/**
 * One line of the NDJSON cell store. `ok` and `diverged` cells are finished (a divergence is a deterministic
 * outcome of the cell's seed, so it is not retried); `error` cells are retried by the next run.
 */
export type CellRecord = CellIdentity & {
  key: string;
  durationMs: number;
  finishedAt: string;
} & (
    | { status: 'ok'; output: Json }
    | { status: 'error'; error: string }
    /** `loss` is the non-finite value as text ("NaN", "Infinity"), since JSON has no such numbers. */
    | { status: 'diverged'; step: number; loss: string; error: string }
  );

export type FinishedRecord = Extract<CellRecord, { status: 'ok' | 'diverged' }>;

export const isFinished = (record: CellRecord): record is FinishedRecord =>
  record.status === 'ok' || record.status === 'diverged';
