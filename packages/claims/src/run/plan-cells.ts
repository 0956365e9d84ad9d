import { deriveSeed } from '@repro/tensor';
import type { CellParams, CellSpec, ClaimSpec } from '../spec/claim-spec.ts';
import type { Tier } from '../spec/tier.ts';
import { canonicalJson } from '../store/canonical-json.ts';
import { type CellIdentity, cellKey } from '../store/cell-key.ts';
import type { LoadedSuite } from './loaded-suite.ts';

export interface PlannedCell extends CellIdentity {
  key: string;
  /** The claim whose run() executes the cell (`claim` names its cell group when it has one). */
  runner: string;
  cell: CellSpec;
  suitePath: string;
}

/**
 * The seed of a cell depends on labels only (never on the backend), so data agree across backends: the suite,
 * the claim (or its cell group), the arm, the params (those of `seedFrom` when given), the replicate, the base seed.
 */
export function cellSeed(suite: string, claim: string, cell: CellSpec, baseSeed: number): number {
  return deriveSeed(suite, claim, cell.arm, canonicalJson(seedParams(cell)), cell.replicate, baseSeed);
}

function seedParams(cell: CellSpec): CellParams {
  if (cell.seedFrom === undefined) return cell.params;
  const picked: CellParams = {};
  for (const name of cell.seedFrom) {
    const value = cell.params[name];
    if (value === undefined) {
      throw new Error(
        `cell seedFrom names "${name}", which is not one of its params (${Object.keys(cell.params).join(', ')})`,
      );
    }
    picked[name] = value;
  }
  return picked;
}

/**
 * Every cell of one claim, in the claim's own deterministic order. A claim in a cell group plans its cells
 * under the group's name, so claims of one group plan the same key for the same cell.
 */
export function planClaimCells(
  suite: LoadedSuite,
  claim: ClaimSpec,
  tier: Tier,
  backend: string,
  baseSeed: number,
): PlannedCell[] {
  const owner = claim.cellGroup ?? claim.id;
  return claim.cells(tier).map((cell) => {
    const identity: CellIdentity = {
      suite: suite.spec.name,
      claim: owner,
      arm: cell.arm,
      params: cell.params,
      replicate: cell.replicate,
      seed: cellSeed(suite.spec.name, owner, cell, baseSeed),
      backend,
      tier,
      code: suite.code,
    };
    return { ...identity, key: cellKey(identity), runner: claim.id, cell, suitePath: suite.path };
  });
}
