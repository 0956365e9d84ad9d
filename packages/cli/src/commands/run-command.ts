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
  const runs = await runSuites({
    suites: selection.suites,
    ...(selection.claims ? { claims: selection.claims } : {}),
    tier: flags.tier,
    backends: flags.backends,
    seed: flags.seed,
    ...(flags.shard ? { shard: flags.shard } : {}),
    outDir: flags.out,
    workers: flags.jobs ?? defaultWorkers(),
    root,
    onEvent: progressReporter(),
  });
  writeResults(flags.out, runs);
  if (!print) return exitCode(runs);
  return printRuns(runs, io, `results: ${flags.out}/results.json`);
}

export function printRuns(runs: RunResult[], io: Io, where: string): number {
  for (const run of runs) for (const claim of run.claims) io.out(`${formatClaim(claim, run.backend, io.color)}\n`);
  const counts = countVerdicts(runs);
  io.out(`${where}\n${detailLine(counts)}\n${summaryLine(counts)}\n`);
  return exitCode(runs);
}

/** 1 when any claim failed or errored. */
export function exitCode(runs: RunResult[]): number {
  const counts = countVerdicts(runs);
  return counts.fail + counts.error > 0 ? 1 : 0;
}
