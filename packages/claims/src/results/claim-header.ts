import type { ClaimSpec } from '../spec/claim-spec.ts';
import type { ClaimResult } from './results-file.ts';

/** The fields of a claim result that come from its spec, before anything is measured. */
export function claimHeader(
  claim: ClaimSpec,
): Pick<ClaimResult, 'id' | 'expected' | 'statement' | 'source' | 'quantity' | 'rule'> {
  const { id, expected, statement, source, quantity, rule } = claim;
  return { id, expected, statement, source, quantity, rule };
}
