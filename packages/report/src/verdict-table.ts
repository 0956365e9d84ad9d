import type { ResultsFile, RunResult, VerdictCounts } from '@repro/claims';

export interface VerdictRow {
  suite: string;
  backend: string;
  tier: RunResult['tier'];
  durationS: number;
  counts: VerdictCounts;
}

/** Verdict counts per suite × backend, in run order (runs of the same suite and backend add up). */
export function verdictTable(results: ResultsFile): VerdictRow[] {
  const rows = new Map<string, VerdictRow>();
  for (const run of results.runs) {
    const k = JSON.stringify([run.suite, run.backend]);
    const row = rows.get(k) ?? {
      suite: run.suite,
      backend: run.backend,
      tier: run.tier,
      durationS: 0,
      counts: { pass: 0, fail: 0, inconclusive: 0, skipped: 0, error: 0 },
    };
    row.durationS += run.durationS;
    for (const claim of run.claims) row.counts[claim.verdict] += 1;
    rows.set(k, row);
  }
  return [...rows.values()];
}
