import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suiteMeta } from '../results/claim-header.ts';
import { evaluateClaim } from '../results/evaluate-claim.ts';
import type { ResultsFile, RunResult } from '../results/results-file.ts';
import { type CellRecord, type FinishedRecord, isFinished } from '../store/cell-record.ts';
import { CELLS_NAME, CellStore } from '../store/cell-store.ts';
import type { LoadedSuite } from './loaded-suite.ts';
import { neededCells } from './needed-cells.ts';
import { type PlannedCell, planClaimCells } from './plan-cells.ts';
import { divergedErrors } from './run-suites.ts';

/** A shard directory to merge: its folder and its results file (already validated by the caller). */
export interface MergeInput {
  dir: string;
  results: ResultsFile;
}

/** An expected cell the shards do not hold exactly once. */
export interface MergeProblem {
  key: string;
  suite: string;
  claim: string;
  arm: string;
  params: PlannedCell['params'];
  replicate: number;
  backend: string;
  tier: string;
  /** The directories holding it: none (missing) or several (duplicated). */
  dirs: string[];
}

export type MergeOutcome =
  | { status: 'complete'; runs: RunResult[]; cells: number }
  | {
      status: 'incomplete';
      expected: number;
      missing: MergeProblem[];
      duplicated: MergeProblem[];
      /** Shards named I/N by some directory whose other indices no directory holds, e.g. `3/4`. */
      absentShards: string[];
    };

/** The finished records and the last errors of one shard's store, by key; torn lines are skipped. */
function readStore(dir: string): { finished: Map<string, FinishedRecord>; errors: Map<string, CellRecord> } {
  const finished = new Map<string, FinishedRecord>();
  const errors = new Map<string, CellRecord>();
  const path = join(dir, CELLS_NAME);
  if (!existsSync(path)) return { finished, errors };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const record = JSON.parse(line) as CellRecord;
      if (typeof record?.key !== 'string') continue;
      if (isFinished(record)) finished.set(record.key, record);
      else errors.set(record.key, record);
    } catch {}
  }
  return { finished, errors };
}

const groupKey = (r: RunResult) => `${r.suite}|${r.tier}|${r.backend}|${r.seed}`;

function absentShards(runs: RunResult[]): string[] {
  const named = runs.map((r) => /^(\d+)\/(\d+)$/.exec(r.shard ?? '')).filter((m) => m !== null);
  const counts = new Set(named.map((m) => Number(m[2])));
  if (named.length !== runs.length || counts.size !== 1) return [];
  const count = [...counts][0] as number;
  const present = new Set(named.map((m) => Number(m[1])));
  return Array.from({ length: count }, (_, i) => i + 1)
    .filter((i) => !present.has(i))
    .map((i) => `${i}/${count}`);
}

/**
 * Gathers shard directories into one. Every cell the shards' runs need must be finished in exactly one
 * directory: otherwise nothing is written and the outcome lists the missing and duplicated cells by key
 * (no claim is decided on partial data). When complete, the cells go into OUT's store, each once, and
 * every run is decided again over all its cells with the code version the shards recorded.
 */
export function mergeRuns(inputs: MergeInput[], outDir: string, suites: LoadedSuite[]): MergeOutcome {
  const stores = inputs.map((input) => ({ dir: input.dir, ...readStore(input.dir) }));
  const groups = new Map<string, RunResult[]>();
  for (const { results } of inputs)
    for (const run of results.runs) groups.set(groupKey(run), [...(groups.get(groupKey(run)) ?? []), run]);

  // A backend a shard did not have planned no cells: its runs pass through as they are.
  const unplanned = (run: RunResult) => run.claims.every((c) => c.verdict === 'skipped' && c.cells === undefined);
  const passThrough = [...groups.values()].filter((runs) => runs.every(unplanned)).map((runs) => runs[0] as RunResult);
  const plans = [...groups.values()]
    .filter((runs) => !runs.every(unplanned))
    .map((runs) => {
      const first = runs[0] as RunResult;
      const loaded = suites.find((s) => s.spec.name === first.suite);
      if (!loaded) throw new Error(`suite ${first.suite} is not in this checkout`);
      const suite = { ...loaded, code: first.provenance.code };
      const ids = new Set(runs.flatMap((r) => r.claims.map((c) => c.id)));
      const claims = loaded.spec.claims
        .filter((claim) => ids.has(claim.id))
        .map((claim) => ({ claim, cells: planClaimCells(suite, claim, first.tier, first.backend, first.seed) }));
      return { runs, first, loaded, claims };
    });

  // Gated cells that the gates (finished in any shard) do not call for are not expected.
  const union: Pick<CellStore, 'get'> = {
    get: (key) => stores.map((s) => s.finished.get(key)).find((r) => r !== undefined),
  };
  const neededKeys = new Set(
    plans.flatMap((p) => p.claims.flatMap(({ claim, cells }) => neededCells(claim, cells, union).map((c) => c.key))),
  );
  const missing: MergeProblem[] = [];
  const duplicated: MergeProblem[] = [];
  const chosen = new Map<string, FinishedRecord>();
  const errors = new Map<string, string>();
  let expected = 0;
  const seen = new Set<string>();
  for (const { claims } of plans) {
    for (const planned of claims.flatMap((c) => c.cells)) {
      // Claims of one cell group plan the same key: each cell counts once.
      if (seen.has(planned.key) || !neededKeys.has(planned.key)) continue;
      seen.add(planned.key);
      expected += 1;
      const holders = stores.filter((s) => s.finished.has(planned.key));
      const { key, suite, claim, arm, params, replicate, backend, tier } = planned;
      const problem = { key, suite, claim, arm, params, replicate, backend, tier, dirs: holders.map((h) => h.dir) };
      if (holders.length === 1) chosen.set(key, holders[0]?.finished.get(key) as FinishedRecord);
      else if (holders.length > 1) duplicated.push(problem);
      else {
        const failed = stores.find((s) => s.errors.has(key));
        const record = failed?.errors.get(key);
        if (record?.status === 'error') errors.set(key, `${record.error} (in ${failed?.dir})`);
        else missing.push(problem);
      }
    }
  }
  if (missing.length > 0 || duplicated.length > 0) {
    const absent = [...new Set(plans.flatMap((p) => absentShards(p.runs)))];
    return { status: 'incomplete', expected, missing, duplicated, absentShards: absent };
  }

  const store = new CellStore(join(outDir, CELLS_NAME));
  for (const record of chosen.values()) if (!store.has(record.key)) store.append(record);
  const runs = plans.map(({ runs, first, loaded, claims }): RunResult => {
    for (const { cells } of claims) divergedErrors(cells, store, errors);
    const shards = runs.map((r) => r.shard).filter((s) => s !== undefined);
    return {
      ...suiteMeta(loaded.spec),
      tier: first.tier,
      backend: first.backend,
      seed: first.seed,
      durationS: Math.max(...runs.map((r) => r.durationS)),
      provenance: { ...first.provenance, flags: { ...first.provenance.flags, mergedShards: shards } },
      claims: claims.map(({ claim, cells }) =>
        evaluateClaim({ suite: first.suite, claim, store, tier: first.tier, seed: first.seed, errors, cells }),
      ),
    };
  });
  return { status: 'complete', runs: [...runs, ...passThrough], cells: chosen.size };
}
