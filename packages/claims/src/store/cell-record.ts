import type { Json } from '../spec/claim-spec.ts';
import type { CellIdentity } from './cell-key.ts';

/** One line of the NDJSON cell store. */
export type CellRecord = CellIdentity & {
  key: string;
  durationMs: number;
  finishedAt: string;
} & ({ status: 'ok'; output: Json } | { status: 'error'; error: string });
