import { join } from 'node:path';
import { type BackendName, describeBackends } from '@repro/tensor';
import { claimHeader, suiteMeta } from '../results/claim-header.ts';
import { evaluateClaim } from '../results/evaluate-claim.ts';
import type { ClaimResult, RunResult } from '../results/results-file.ts';
import type { Tier } from '../spec/tier.ts';
import { CELLS_NAME, CellStore } from '../store/cell-store.ts';
import type { LoadedSuite } from './loaded-suite.ts';
import { type PlannedCell, planClaimCells } from './plan-cells.ts';
import type { RunEvent } from './progress.ts';
import { gitCommit, provenanceOf } from './provenance.ts';
import { inShard, type Shard } from './shard.ts';
import { createCellPool } from './worker-pool.ts';

export interface RunOptions {
  suites: LoadedSuite[];
  /** Claim ids to run; all claims of the given suites when absent. */
  claims?: ReadonlySet<string>;
  tier: Tier;
  backends: BackendName[];
  seed: number;
  shard?: Shard;
  outDir: string;
  workers: number;
  root: string;
  onEvent?: (event: RunEvent) => void;
}

/**
 * Runs the selected claims: plans every cell in a deterministic order, keeps this shard's share, skips
 * cells already in the store, runs the rest in worker threads (each finished cell is appended at once,
 * so a killed run resumes), then decides each claim from the store.
 */
export async function runSuites(options: RunOptions): Promise<RunResult[]> {
  const store = new CellStore(join(options.outDir, CELLS_NAME));
  const commit = gitCommit(options.root);
  const emit = options.onEvent ?? (() => {});
  const results: RunResult[] = [];
  const shardText = options.shard ? `${options.shard.index}/${options.shard.count}` : undefined;

  for (const backend of options.backends) {
    const [info] = await describeBackends([backend]);
    if (!info) throw new Error(`no description for backend ${backend}`);
    const plans = options.suites.map((suite) => {
      const claims = suite.spec.claims.filter((c) => !options.claims || options.claims.has(c.id));
      return {
        suite,
        claims: claims.map((claim) => ({
          claim,
          cells: planClaimCells(suite, claim, options.tier, backend, options.seed),
        })),
      };
    });
    if (!info.available) {
      const reason = `backend ${backend} unavailable: ${info.reason ?? 'unknown'}${info.installHint ? ` (${info.installHint})` : ''}`;
      emit({ kind: 'backend-skipped', backend, reason });
      for (const { suite, claims } of plans) {
        results.push({
          ...suiteMeta(suite.spec),
          tier: options.tier,
          backend,
          seed: options.seed,
          durationS: 0,
          ...(shardText ? { shard: shardText } : {}),
          provenance: provenanceOf(info, suite.code, commit),
          claims: claims.map(
            ({ claim }): ClaimResult => ({
              ...claimHeader(claim),
              verdict: 'skipped',
              reason,
              measured: null,
              control: null,
            }),
          ),
        });
      }
      continue;
    }

    const all: PlannedCell[] = plans.flatMap((p) => p.claims.flatMap((c) => c.cells));
    const mine = new Set(all.filter((_, i) => inShard(i, options.shard)).map((c) => c.key));
    const total = mine.size;
    let done = [...mine].filter((k) => store.has(k)).length;
    emit({ kind: 'start', backend, total, cached: done });
    const errors = new Map<string, string>();
    const pool = createCellPool(options.workers);
    const started = performance.now();
    let freshDone = 0;
    try {
      for (const { suite, claims } of plans) {
        const suiteStarted = performance.now();
        const todo = claims.flatMap((c) => c.cells).filter((c) => mine.has(c.key) && !store.has(c.key));
        await Promise.all(
          todo.map(async (planned) => {
            const result = await pool.run({
              suitePath: planned.suitePath,
              claimId: planned.claim,
              cell: planned.cell,
              seed: planned.seed,
              tier: planned.tier,
              backend,
            });
            const { key, cell: _cell, suitePath: _path, ...identity } = planned;
            const finishedAt = new Date().toISOString();
            if (result.status === 'ok') {
              store.append({
                ...identity,
                key,
                durationMs: result.durationMs,
                finishedAt,
                status: 'ok',
                output: result.output,
              });
            } else {
              errors.set(key, result.error);
              store.append({
                ...identity,
                key,
                durationMs: result.durationMs,
                finishedAt,
                status: 'error',
                error: result.error,
              });
            }
            done += 1;
            freshDone += 1;
            const elapsedS = (performance.now() - started) / 1000;
            const etaS = freshDone > 0 ? (elapsedS / freshDone) * (total - done) : null;
            emit({
              kind: 'cell',
              backend,
              done,
              total,
              claim: planned.claim,
              status: result.status,
              ...(result.status === 'error' ? { error: result.error } : {}),
              elapsedS,
              etaS,
            });
          }),
        );
        const durationS = (performance.now() - suiteStarted) / 1000;
        emit({ kind: 'suite-done', backend, suite: suite.spec.name, durationS });
        results.push({
          ...suiteMeta(suite.spec),
          tier: options.tier,
          backend,
          seed: options.seed,
          durationS: Math.round(durationS * 10) / 10,
          ...(shardText ? { shard: shardText } : {}),
          provenance: provenanceOf(info, suite.code, commit),
          claims: claims.map(({ claim, cells }) =>
            evaluateClaim({
              suite: suite.spec.name,
              claim,
              cells,
              store,
              tier: options.tier,
              seed: options.seed,
              errors,
              ...(shardText
                ? { missingReason: `the rest belong to other shards than ${shardText}; merge the shards to decide` }
                : {}),
            }),
          ),
        });
      }
    } finally {
      await pool.close();
    }
  }
  return results;
}
