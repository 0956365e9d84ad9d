import type { ClaimResult, ResultsFile, Verdict } from '@repro/claims';

/** One claim on one backend, now and in the baseline; null where it is absent from one side. */
export interface BaselineChange {
  suite: string;
  backend: string;
  id: string;
  before: Verdict | null;
  after: Verdict | null;
  measuredBefore: number | null;
  measuredAfter: number | null;
  /** (after − before) / |before|; null without both values, 0 when both are 0. */
  shift: number | null;
  verdictChanged: boolean;
}

const key = (suite: string, backend: string, id: string) => JSON.stringify([suite, backend, id]);
const value = (claim: ClaimResult | undefined) => {
  const v = claim?.measured?.value;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
};

function relativeShift(before: number | null, after: number | null): number | null {
  if (before === null || after === null) return null;
  if (before === 0) return after === 0 ? 0 : null;
  return (after - before) / Math.abs(before);
}

/**
 * Every (suite, backend, claim) of either file, in the current file's order then the baseline's
 * leftovers: the verdicts before and after, the measured values and their relative shift.
 */
export function compareToBaseline(current: ResultsFile, baseline: ResultsFile): BaselineChange[] {
  const rows = new Map<
    string,
    { suite: string; backend: string; id: string; before?: ClaimResult; after?: ClaimResult }
  >();
  const visit = (file: ResultsFile, side: 'before' | 'after') => {
    for (const run of file.runs) {
      for (const claim of run.claims) {
        const k = key(run.suite, run.backend, claim.id);
        const row = rows.get(k) ?? { suite: run.suite, backend: run.backend, id: claim.id };
        row[side] = claim;
        rows.set(k, row);
      }
    }
  };
  visit(current, 'after');
  visit(baseline, 'before');
  return [...rows.values()].map((row) => {
    const [measuredBefore, measuredAfter] = [value(row.before), value(row.after)];
    const before = row.before?.verdict ?? null;
    const after = row.after?.verdict ?? null;
    return {
      suite: row.suite,
      backend: row.backend,
      id: row.id,
      before,
      after,
      measuredBefore,
      measuredAfter,
      shift: relativeShift(measuredBefore, measuredAfter),
      verdictChanged: before !== after,
    };
  });
}
