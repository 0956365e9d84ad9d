import type { Decision } from './decide.ts';
import type { Verdict } from './results-file.ts';

/**
 * A claim stands only when its negative control fails the same rule: a passing control turns the verdict
 * into `fail`, and a control that cannot be decided leaves the claim `inconclusive`.
 */
export function combineWithControl(claim: Decision, control: Decision): { verdict: Verdict; reason: string } {
  if (control.verdict === 'pass') {
    return { verdict: 'fail', reason: `control passed (${control.reason}); claim: ${claim.reason}` };
  }
  if (control.verdict === 'inconclusive' && claim.verdict === 'pass') {
    return { verdict: 'inconclusive', reason: `control undecided (${control.reason}); claim: ${claim.reason}` };
  }
  return { verdict: claim.verdict, reason: `${claim.reason}; control fails: ${control.reason}` };
}
