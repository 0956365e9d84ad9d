import {
  countVerdicts,
  defaultWorkers,
  detailLine,
  type LoadedSuite,
  type RunResult,
  runSuites,
  summaryLine,
  writeResults,
} from '@repro/claims';
import { formatClaim } from '../format-claim.ts';
import { formatStability } from '../format-stability.ts';
import { progressReporter } from '../progress-reporter.ts';
import type { RunFlags } from '../run-options.ts';
import { selectSuites } from '../select-suites.ts';

export interface Io {
  out: (s: string) => void;
  color: boolean;
}

/** `repro run`: runs the selection, writes DIR/results.json, prints each claim and the closing line. */
export async function runCommand(
  root: string,
  all: LoadedSuite[],
  words: string[],
  flags: RunFlags,
  io: Io,
  print = true,
): Promise<number> {
  const selection = selectSuites(all, words);
  const runs: RunResult[] = [];
  // One pass per master seed; all land in one results file (runs are keyed by seed), each written at once.
  for (const seed of flags.seeds) {
    const seedRuns = await runSuites({
      suites: selection.suites,
      ...(selection.claims ? { claims: selection.claims } : {}),
      tier: flags.tier,
      backends: flags.backends,
      seed,
      ...(flags.shard ? { shard: flags.shard } : {}),
      outDir: flags.out,
      workers: flags.jobs ?? defaultWorkers(),
      root,
      onEvent: progressReporter(),
    });
    writeResults(flags.out, seedRuns);
    runs.push(...seedRuns);
  }
  if (!print) return exitCode(runs);
  return printRuns(runs, io, `results: ${flags.out}/results.json`);
}

export function printRuns(runs: RunResult[], io: Io, where: string): number {
  const seeds = new Set(runs.map((r) => r.seed)).size > 1;
  for (const run of runs) {
    const label = seeds ? `${run.backend}, seed ${run.seed}` : run.backend;
    for (const claim of run.claims) io.out(`${formatClaim(claim, label, io.color)}\n`);
  }
  const counts = countVerdicts(runs);
  io.out(`${where}\n${formatStability(runs, io.color)}${detailLine(counts)}\n${summaryLine(counts)}\n`);
  return exitCode(runs);
}

/** 1 when any claim failed or errored. */
export function exitCode(runs: RunResult[]): number {
  const counts = countVerdicts(runs);
  return counts.fail + counts.error > 0 ? 1 : 0;
}
