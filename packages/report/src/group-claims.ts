import type { ClaimResult, ResultsFile, RunResult } from '@repro/claims';

export interface BackendEntry {
  backend: string;
  run: RunResult;
  claim: ClaimResult;
}

/** One claim with its result on every backend it ran on. */
export interface ClaimGroup {
  suite: string;
  id: string;
  /** The entry that describes the claim best (statement, source, plot), for the card's header. */
  lead: ClaimResult;
  entries: BackendEntry[];
}

export interface SuiteGroup {
  suite: string;
  title?: string;
  paper?: RunResult['paper'];
  runs: RunResult[];
  claims: ClaimGroup[];
}

/** Runs → suites → claims → backends, each in first-seen order. */
export function groupClaims(results: ResultsFile): SuiteGroup[] {
  const suites = new Map<string, SuiteGroup>();
  for (const run of results.runs) {
    const suite = suites.get(run.suite) ?? { suite: run.suite, runs: [], claims: [] };
    suite.title ??= run.title;
    suite.paper ??= run.paper;
    suite.runs.push(run);
    for (const claim of run.claims) {
      let group = suite.claims.find((c) => c.id === claim.id);
      if (!group) {
        group = { suite: run.suite, id: claim.id, lead: claim, entries: [] };
        suite.claims.push(group);
      }
      group.entries.push({ backend: run.backend, run, claim });
      if (!group.lead.statement && claim.statement) group.lead = claim;
    }
    suites.set(run.suite, suite);
  }
  return [...suites.values()];
}
