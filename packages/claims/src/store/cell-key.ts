import { createHash } from 'node:crypto';
import type { Arm, CellParams } from '../spec/claim-spec.ts';
import type { Tier } from '../spec/tier.ts';
import { canonicalJson } from './canonical-json.ts';

export interface CellIdentity {
  suite: string;
  claim: string;
  arm: Arm;
  params: CellParams;
  replicate: number;
  seed: number;
  backend: string;
  tier: Tier;
  code: string;
}

/** The store key: a hash of (suite, claim, arm, cell parameters, replicate, seed, backend, tier, code version). */
export function cellKey(id: CellIdentity): string {
  return createHash('sha256').update(canonicalJson(id)).digest('hex').slice(0, 32);
}
