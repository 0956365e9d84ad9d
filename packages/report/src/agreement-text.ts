import type { BackendAgreement } from './backend-agreement.ts';
import { formatNumber } from './format-number.ts';

/** One sentence: whether the backends agree with the reference, the largest difference and the tolerance. */
export function agreementText(a: BackendAgreement): string {
  const delta = `max |Δ| = ${formatNumber(a.maxDelta)}${a.maxDelta > 0 ? ` (${a.worst})` : ''}`;
  const bound = `${a.maxDelta <= a.tolerance ? '≤' : '>'} ${formatNumber(a.tolerance)}`;
  const verdicts = a.sameVerdict ? 'same verdict' : 'verdicts differ';
  return `${a.agree ? 'Backends agree' : 'Backends disagree'}: ${a.compared.join(', ')} vs ${a.reference}, ${delta} ${bound}, ${verdicts}.`;
}
