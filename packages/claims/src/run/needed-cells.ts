import type { ClaimSpec, GateOutcome } from '../spec/claim-spec.ts';
import type { CellStore } from '../store/cell-store.ts';
import type { PlannedCell } from './plan-cells.ts';

/**
 * The cells a claim needs: all of them, except, for a claim with gated cells whose gate cells have all finished
 * (status ok in the store), the gated cells its `needed` rejects. While a gate is missing or failed, every cell
 * is kept (the run will execute them, the evaluation will wait for them).
 */
export function neededCells(
  claim: ClaimSpec,
  cells: readonly PlannedCell[],
  store: Pick<CellStore, 'get'>,
): PlannedCell[] {
  const gated = claim.gated;
  if (!gated) return [...cells];
  const gates = cells.filter((c) => !gated.isGated(c.cell));
  const outcomes: GateOutcome[] = [];
  for (const g of gates) {
    const record = store.get(g.key);
    if (record?.status !== 'ok') return [...cells];
    outcomes.push({ arm: g.arm, params: g.params, replicate: g.replicate, seed: g.seed, output: record.output });
  }
  return cells.filter((c) => !gated.isGated(c.cell) || gated.needed(c.cell, outcomes));
}
