import type { ClaimResult, MeasuredValue } from '@repro/claims';
import pc from 'picocolors';

const num = (v: number) => Number(v.toPrecision(3)).toString();
export const formatMeasured = (m: MeasuredValue | null) =>
  m === null || m.value === null
    ? '—'
    : `${num(m.value)}${m.interval ? ` [${num(m.interval[0])}, ${num(m.interval[1])}]` : ''}`;

const paint = { pass: pc.green, fail: pc.red, error: pc.red, inconclusive: pc.yellow, skipped: pc.dim } as const;

/** One line per claim: verdict, id, measured value with interval, the control's verdict, and the reason. */
export function formatClaim(claim: ClaimResult, backend: string, color: boolean): string {
  const verdict = claim.verdict.toUpperCase().padEnd(12);
  const head = color ? paint[claim.verdict](verdict) : verdict;
  const control = claim.control ? ` · control ${claim.control.verdict} ${formatMeasured(claim.control.measured)}` : '';
  return `${head} ${claim.id} (${backend}) ${formatMeasured(claim.measured)}${control}\n             ${claim.reason}`;
}
