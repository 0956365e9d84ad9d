import { countVerdicts, detailLine, type ResultsFile, summaryLine, type Verdict } from '@repro/claims';
import { createColors } from 'picocolors';
import { agreementText } from './agreement-text.ts';
import { backendAgreement } from './backend-agreement.ts';
import { formatMeasured } from './format-measured.ts';
import { groupClaims } from './group-claims.ts';
import { printable } from './printable.ts';

const HEAD = ['suite', 'claim', 'backend', 'verdict', 'measured [interval]', 'control'];
const UNDECIDED: Verdict[] = ['fail', 'error', 'inconclusive'];

/**
 * The terminal table: one row per claim and backend (suite, claim id, backend, verdict, measured
 * value with interval, the control's verdict and value), the reasons of failed, errored and
 * inconclusive claims, the detailed verdict line and, last, the plain summary line.
 */
export function terminalReport(results: ResultsFile, options: { color: boolean }): string {
  const c = createColors(options.color);
  const paint: Record<Verdict, (s: string) => string> = {
    pass: c.green,
    fail: c.red,
    error: c.magenta,
    inconclusive: c.yellow,
    skipped: c.dim,
  };
  const rows: { cells: string[]; verdict: Verdict }[] = [];
  const reasons: string[] = [];
  const disagreements: string[] = [];
  let compared = 0;
  for (const suite of groupClaims(results)) {
    for (const group of suite.claims) {
      const agreement = backendAgreement(group);
      if (agreement) compared += 1;
      if (agreement && !agreement.agree) disagreements.push(printable(`${group.id}: ${agreementText(agreement)}`));
      for (const { backend, claim } of group.entries) {
        const control = claim.control ? `${claim.control.verdict} ${formatMeasured(claim.control.measured)}` : '—';
        const cells = [suite.suite, claim.id, backend, claim.verdict, formatMeasured(claim.measured), control].map(
          printable,
        );
        rows.push({ cells, verdict: claim.verdict });
        if (UNDECIDED.includes(claim.verdict)) {
          reasons.push(
            `${paint[claim.verdict](claim.verdict)} ${printable(`${claim.id} (${backend}): ${claim.reason}`)}`,
          );
        }
      }
    }
  }
  const widths = HEAD.map((h, i) => Math.max(h.length, ...rows.map((r) => (r.cells[i] ?? '').length)));
  const line = (cells: string[], style: (s: string, i: number) => string) =>
    cells
      .map((cell, i) => style(i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0), i))
      .join('  ')
      .trimEnd();
  const out = [line(HEAD, (s) => c.bold(s))];
  for (const row of rows) {
    out.push(line(row.cells, (s, i) => (i === 3 ? paint[row.verdict](s) : s)));
  }
  if (reasons.length > 0) out.push('', ...reasons);
  if (compared > 0) {
    out.push('', `backends: ${compared - disagreements.length} of ${compared} claims agree across backends`);
    out.push(...disagreements.map((d) => c.yellow(d)));
  }
  const counts = countVerdicts(results.runs);
  out.push('', detailLine(counts), summaryLine(counts));
  return `${out.join('\n')}\n`;
}
