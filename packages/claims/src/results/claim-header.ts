import type { ClaimSpec, SuiteSpec } from '../spec/claim-spec.ts';
import type { ClaimResult, RunResult } from './results-file.ts';

/** The fields of a claim result that come from its spec, before anything is measured. */
export function claimHeader(
  claim: ClaimSpec,
): Pick<ClaimResult, 'id' | 'expected' | 'statement' | 'source' | 'quantity' | 'rule' | 'agreement'> {
  const { id, expected, statement, source, quantity, rule } = claim;
  const agreement = claim.agreement ?? expected.tolerance / 2;
  return { id, expected, statement, source, quantity, rule, agreement };
}

/** The fields of a run that come from its suite spec. */
export function suiteMeta(suite: SuiteSpec): Pick<RunResult, 'suite' | 'title' | 'paper'> {
  return { suite: suite.name, title: suite.title, ...(suite.paper ? { paper: suite.paper } : {}) };
}
