import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRng } from '@repro/tensor';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkStore, claimsOf, startFixture } from './fault-helpers.ts';

const tmp = (what: string) => mkdtempSync(join(tmpdir(), `${what}-`));
const TOTAL = 160;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves when the store holds its first line, or when the run ends. */
async function firstCell(store: string, done: Promise<unknown>): Promise<void> {
  let ended = false;
  void done.then(() => {
    ended = true;
  });
  while (!ended && !(existsSync(store) && statSync(store).size > 0)) await sleep(5);
}
const WORKERS = 2;

describe('kill -9 at random moments (10 trials, seeded)', () => {
  let reference: ReturnType<typeof claimsOf> = [];
  let cellsMs = 0;
  beforeAll(async () => {
    const dir = tmp('kill-ref');
    const ref = startFixture(dir, WORKERS);
    await firstCell(join(dir, 'cells.ndjson'), ref.done);
    const started = performance.now();
    const run = await ref.done;
    cellsMs = performance.now() - started;
    expect(run.code).toBe(0);
    reference = claimsOf(dir);
    expect(reference.map((c) => c.verdict)).toEqual(['pass', 'pass']);
  }, 600_000);

  it('never corrupts the store; the rerun reuses every finished cell and ends with identical verdicts', async () => {
    const rng = createRng(20261122);
    const trials: { killMs: number; finished: number; torn: boolean; cached: number; rerun: number }[] = [];
    for (let trial = 0; trial < 10; trial += 1) {
      const dir = tmp('kill');
      const store = join(dir, 'cells.ndjson');
      // A moment while the cells run (from the first finished cell to just after the last: writing results,
      // closing workers), or, for one trial in eleven, while the process starts (loading, opening the store).
      const killMs = Math.round((rng.uniform() * 1.1 - 0.1) * cellsMs);
      const run = startFixture(dir, WORKERS);
      if (killMs >= 0) await firstCell(store, run.done);
      await sleep(killMs >= 0 ? killMs : -killMs * 10);
      run.child.kill('SIGKILL');
      const killed = await run.done;

      const after = checkStore(store);
      // Only the last line may be cut short; every other line is a whole record.
      expect(after.bad.filter((i) => i !== after.lines - 1)).toEqual([]);
      const finished = new Set(after.records.filter((r) => r.status === 'ok').map((r) => r.key));
      expect(finished.size).toBe(after.records.filter((r) => r.status === 'ok').length);
      if (killed.signal !== 'SIGKILL') expect(killed.code).toBe(0);
      // results.json is written whole (temp file, then rename) or not at all.
      if (existsSync(join(dir, 'results.json'))) expect(claimsOf(dir)).toEqual(reference);

      // Every other trial also cuts the last line at a random byte, as a write torn by a crash would be.
      const torn = trial % 2 === 1 && after.lines > 0;
      let kept = finished.size;
      if (torn) {
        const text = readFileSync(store, 'utf8');
        const lastStart = text.lastIndexOf('\n', text.length - 2) + 1;
        writeFileSync(store, text.slice(0, lastStart + 1 + Math.floor(rng.uniform() * (text.length - lastStart - 2))));
        kept = checkStore(store).records.length;
      }

      const rerun = await startFixture(dir, WORKERS).done;
      expect(rerun.code).toBe(0);
      expect(rerun.start).toEqual({ kind: 'start', backend: 'cpu', total: TOTAL, cached: kept });
      const final = checkStore(store);
      expect(final.bad).toEqual(torn ? [kept] : []);
      expect(new Set(final.records.map((r) => r.key)).size).toBe(TOTAL);
      expect(final.records).toHaveLength(TOTAL);
      expect(claimsOf(dir)).toEqual(reference);
      trials.push({ killMs, finished: finished.size, torn, cached: kept, rerun: TOTAL - kept });
    }
    // The kills landed at different stages: some before any cell finished, some with most of them done.
    const stages = trials.map((t) => t.finished);
    expect(Math.max(...stages) - Math.min(...stages)).toBeGreaterThan(TOTAL / 4);
    console.info(`kill trials (finished cells at the kill → rerun): ${JSON.stringify(trials)}`);
  }, 600_000);
});
