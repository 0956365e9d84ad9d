import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suiteMeta } from '../results/claim-header.ts';
import { evaluateClaim } from '../results/evaluate-claim.ts';
import type { RunResult } from '../results/results-file.ts';
import { readResults } from '../results/results-io.ts';
import type { CellRecord } from '../store/cell-record.ts';
import { CELLS_NAME, CellStore } from '../store/cell-store.ts';
import type { LoadedSuite } from './loaded-suite.ts';
import { planClaimCells } from './plan-cells.ts';

/**
 * Gathers shard directories into one: their cell stores are united (each key once) and every run is
 * decided again over all its cells, with the code version the shards recorded.
 */
export function mergeRuns(dirs: string[], outDir: string, suites: LoadedSuite[]): RunResult[] {
  const store = new CellStore(join(outDir, CELLS_NAME));
  const groups = new Map<string, RunResult[]>();
  for (const dir of dirs) {
    const results = readResults(dir);
    if (!results) throw new Error(`${dir} has no results.json`);
    const cells = join(dir, CELLS_NAME);
    if (existsSync(cells)) {
      for (const line of readFileSync(cells, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        let record: CellRecord;
        try {
          record = JSON.parse(line) as CellRecord;
        } catch {
          continue;
        }
        if (record.status === 'ok' && !store.has(record.key)) store.append(record);
      }
    }
    for (const run of results.runs) {
      const key = `${run.suite}|${run.tier}|${run.backend}|${run.seed}`;
      groups.set(key, [...(groups.get(key) ?? []), run]);
    }
  }
  return [...groups.values()].map((runs) => {
    const first = runs[0] as RunResult;
    const loaded = suites.find((s) => s.spec.name === first.suite);
    if (!loaded) throw new Error(`suite ${first.suite} is not in this checkout`);
    const suite = { ...loaded, code: first.provenance.code };
    const ids = new Set(runs.flatMap((r) => r.claims.map((c) => c.id)));
    const shards = runs.map((r) => r.shard).filter((s) => s !== undefined);
    return {
      ...suiteMeta(loaded.spec),
      tier: first.tier,
      backend: first.backend,
      seed: first.seed,
      durationS: Math.max(...runs.map((r) => r.durationS)),
      provenance: { ...first.provenance, flags: { ...first.provenance.flags, mergedShards: shards } },
      claims: loaded.spec.claims
        .filter((claim) => ids.has(claim.id))
        .map((claim) =>
          evaluateClaim({
            suite: first.suite,
            claim,
            store,
            tier: first.tier,
            seed: first.seed,
            errors: new Map(),
            cells: planClaimCells(suite, claim, first.tier, first.backend, first.seed),
            missingReason: 'missing from the merged shards',
          }),
        ),
    };
  });
}
