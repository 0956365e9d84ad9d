import type { BackendName } from '@repro/tensor';
import type { CellSpec, Json } from '../spec/claim-spec.ts';
import type { Tier } from '../spec/tier.ts';

/** What the main thread sends a worker: plain data only. */
export interface CellTask {
  suitePath: string;
  claimId: string;
  cell: CellSpec;
  seed: number;
  tier: Tier;
  backend: BackendName;
}

export type CellTaskResult =
  | { status: 'ok'; output: Json; durationMs: number }
  | { status: 'error'; error: string; durationMs: number }
  | { status: 'diverged'; step: number; loss: string; error: string; durationMs: number }
  /** Not run: another process finished the cell first, or the run is stopping. */
  | { status: 'skipped'; durationMs: 0 };
