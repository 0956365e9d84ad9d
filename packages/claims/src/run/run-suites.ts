import { join } from 'node:path';
import { type BackendName, describeBackends } from '@repro/tensor';
import { claimHeader, suiteMeta } from '../results/claim-header.ts';
import { evaluateClaim } from '../results/evaluate-claim.ts';
import type { ClaimResult, RunResult } from '../results/results-file.ts';
import type { Tier } from '../spec/tier.ts';
import { CELLS_NAME, CellStore } from '../store/cell-store.ts';
import { joinRunners } from '../store/store-runners.ts';
import type { LoadedSuite } from './loaded-suite.ts';
import { neededCells } from './needed-cells.ts';
import { type PlannedCell, planClaimCells } from './plan-cells.ts';
import type { RunEvent } from './progress.ts';
import { gitCommit, provenanceOf } from './provenance.ts';
import { inShard, type Shard } from './shard.ts';
import { uniqueCells } from './unique-cells.ts';
import { createCellPool } from './worker-pool.ts';

/**
 * Puts a claim's diverged cells (run now or cached) into the error map, so its verdict is `error` naming
 * the first divergence and how many cells diverged: a diverged cell never counts towards a pass.
 */
export function divergedErrors(cells: PlannedCell[], store: CellStore, errors: Map<string, string>): void {
  const diverged = cells.filter((c) => store.get(c.key)?.status === 'diverged');
  for (const cell of diverged) {
    const record = store.get(cell.key);
    if (record?.status !== 'diverged') continue;
    errors.set(cell.key, `${record.error}; ${diverged.length} of ${cells.length} cells of this claim diverged`);
  }
}

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
 * so a killed run resumes), then decides each claim from the store. Several processes may share one
 * store: each skips the cells the others finished. A store that cannot be written stops the run with a
 * StoreWriteError, keeping every cell written before.
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

    const planned: PlannedCell[] = plans.flatMap((p) => p.claims.flatMap((c) => c.cells));
    const all = uniqueCells(planned);
    const mine = new Set(all.filter((_, i) => inShard(i, options.shard)).map((c) => c.key));
    const total = mine.size;
    let done = [...mine].filter((k) => store.has(k)).length;
    emit({ kind: 'start', backend, total, cached: done });
    const errors = new Map<string, string>();
    const pool = createCellPool(options.workers);
    const runners = joinRunners(store.path);
    const started = performance.now();
    let freshDone = 0;
    let stopping = false;
    try {
      for (const { suite, claims } of plans) {
        const suiteStarted = performance.now();
        const suiteCells = claims.flatMap((c) => c.cells);
        const pendingOf = (list: PlannedCell[]) => {
          const pending = uniqueCells(list).filter((c) => mine.has(c.key) && !store.has(c.key));
          // A second process on the same store works from the other end, so that the two meet once rather than race.
          return runners.others % 2 === 1 ? pending.reverse() : pending;
        };
        const gatedKeys = new Set(
          claims.flatMap(({ claim, cells }) => {
            const gated = claim.gated;
            return gated ? cells.filter((c) => gated.isGated(c.cell)).map((c) => c.key) : [];
          }),
        );
        // Another process sharing the store may finish a cell first: look again when a worker is free.
        const shouldRun = (key: string) => () => {
          if (stopping) return false;
          store.refresh();
          return !store.has(key);
        };
        const runOne = async (planned: PlannedCell) => {
          const result = await pool.run(
            {
              suitePath: planned.suitePath,
              claimId: planned.runner,
              cell: planned.cell,
              seed: planned.seed,
              tier: planned.tier,
              backend,
            },
            shouldRun(planned.key),
          );
          if (result.status === 'skipped') {
            if (!stopping) done += 1;
            return;
          }
          const { key, cell: _cell, suitePath: _path, runner: _runner, ...identity } = planned;
          const head = { ...identity, key, durationMs: result.durationMs, finishedAt: new Date().toISOString() };
          try {
            if (result.status === 'ok') store.append({ ...head, status: 'ok', output: result.output });
            else if (result.status === 'diverged') {
              const { step, loss, error } = result;
              store.append({ ...head, status: 'diverged', step, loss, error });
            } else {
              errors.set(key, result.error);
              store.append({ ...head, status: 'error', error: result.error });
            }
          } catch (error) {
            stopping = true;
            throw error;
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
            claim: planned.runner,
            status: result.status,
            ...(result.status !== 'ok' ? { error: result.error } : {}),
            elapsedS,
            etaS,
          });
        };
        // A suite whose cells time themselves runs them one at a time, so no other cell shares the cores.
        const runAll = async (list: PlannedCell[]) => {
          if (suite.spec.serial) for (const cell of list) await runOne(cell);
          else await Promise.all(list.map(runOne));
        };
        // Stage 1: every cell that no claim gates; stage 2: the gated cells some claim needs, given its finished gates.
        await runAll(pendingOf(suiteCells.filter((c) => !gatedKeys.has(c.key))));
        if (gatedKeys.size > 0) {
          store.refresh();
          const needed = new Set(
            claims.flatMap(({ claim, cells }) => neededCells(claim, cells, store).map((c) => c.key)),
          );
          const gatedPending = pendingOf(suiteCells.filter((c) => gatedKeys.has(c.key)));
          const stage2 = gatedPending.filter((c) => needed.has(c.key));
          done += gatedPending.length - stage2.length;
          await runAll(stage2);
        }
        store.refresh();
        for (const { cells } of claims) divergedErrors(cells, store, errors);
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
      runners.leave();
      await pool.close();
    }
  }
  return results;
}
