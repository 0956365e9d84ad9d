import type { RunResult, Verdict } from '../results/results-file.ts';

/** One claim on one backend and tier, run with several master seeds. */
export interface ClaimStability {
  suite: string;
  claim: string;
  tier: string;
  backend: string;
  /** The verdict at each seed, in seed order. */
  verdicts: { seed: number; verdict: Verdict }[];
  /** One verdict at every seed. */
  stable: boolean;
}

export interface VerdictStability {
  /** The master seeds seen, ascending. */
  seeds: number[];
  /** Claims run with at least two seeds. */
  claims: ClaimStability[];
  /** The claims among them whose verdict changes with the seed. */
  unstable: ClaimStability[];
}

/**
 * Groups the runs of one results file by (suite, tier, backend, claim) and compares the verdicts the claims
 * received under different master seeds; a claim whose verdict flips is unstable. Shard runs are ignored
 * (their claims are undecided by design); a seed that appears twice keeps its last run.
 */
export function verdictStability(runs: readonly RunResult[]): VerdictStability {
  const groups = new Map<string, ClaimStability>();
  for (const run of runs) {
    if (run.shard !== undefined) continue;
    for (const claim of run.claims) {
      const id = `${run.suite}|${run.tier}|${run.backend}|${claim.id}`;
      const group = groups.get(id) ?? {
        suite: run.suite,
        claim: claim.id,
        tier: run.tier,
        backend: run.backend,
        verdicts: [],
        stable: true,
      };
      group.verdicts = [
        ...group.verdicts.filter((v) => v.seed !== run.seed),
        { seed: run.seed, verdict: claim.verdict },
      ];
      groups.set(id, group);
    }
  }
  const claims = [...groups.values()]
    .filter((g) => g.verdicts.length >= 2)
    .map((g) => {
      const verdicts = [...g.verdicts].sort((a, b) => a.seed - b.seed);
      return { ...g, verdicts, stable: new Set(verdicts.map((v) => v.verdict)).size === 1 };
    });
  const seeds = [...new Set(claims.flatMap((c) => c.verdicts.map((v) => v.seed)))].sort((a, b) => a - b);
  return { seeds, claims, unstable: claims.filter((c) => !c.stable) };
}
