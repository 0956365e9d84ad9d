import type { ResultsFile, Verdict } from './results-file.ts';

export type VerdictCounts = Record<Verdict, number>;

/** Counts verdicts over every run of a results file. */
export function countVerdicts(runs: ResultsFile['runs']): VerdictCounts {
  const counts: VerdictCounts = { pass: 0, fail: 0, inconclusive: 0, skipped: 0, error: 0 };
  for (const run of runs) for (const claim of run.claims) counts[claim.verdict] += 1;
  return counts;
}

/**
 * The plain closing line: `claims: N passed, N failed, N skipped`. Errors count as failed;
 * inconclusive verdicts count as skipped (undecided), and the detailed line above says how many.
 */
export function summaryLine(counts: VerdictCounts): string {
  const failed = counts.fail + counts.error;
  const skipped = counts.skipped + counts.inconclusive;
  return `claims: ${counts.pass} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}

export function detailLine(counts: VerdictCounts): string {
  return `verdicts: ${counts.pass} pass, ${counts.fail} fail, ${counts.inconclusive} inconclusive, ${counts.skipped} skipped, ${counts.error} error`;
}
