import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ResultsFile, RunResult } from '../src/results/results-file.ts';
import { readResults, writeResults } from '../src/results/results-io.ts';
import type { LoadedSuite } from '../src/run/loaded-suite.ts';
import { mergeRuns } from '../src/run/merge-runs.ts';
import type { RunEvent } from '../src/run/progress.ts';
import { runSuites } from '../src/run/run-suites.ts';
import fixture from './fixture/suite.ts';

const path = fileURLToPath(new URL('./fixture/suite.ts', import.meta.url));
const suite: LoadedSuite = { spec: fixture, path, code: 'fixture-v1' };
const root = fileURLToPath(new URL('../../..', import.meta.url));
const tmp = () => mkdtempSync(join(tmpdir(), 'runner-'));
const run = (outDir: string, extra: Partial<Parameters<typeof runSuites>[0]> = {}, events: RunEvent[] = []) =>
  runSuites({
    suites: [suite],
    tier: 'smoke',
    backends: ['cpu'],
    seed: 0,
    outDir,
    workers: 2,
    root,
    onEvent: (e) => events.push(e),
    ...extra,
  });
const verdicts = (runs: RunResult[]) =>
  Object.fromEntries(runs.flatMap((r) => r.claims.map((c) => [c.id, [c.verdict, c.measured]])));

describe('runSuites(options)', () => {
  it('decides each claim, turns a passing control into fail, and keeps a cell error', async () => {
    const runs = await run(tmp());
    const byId = new Map(runs[0]?.claims.map((c) => [c.id, c]));
    expect(byId.get('fixture.mean')?.verdict).toBe('pass');
    expect(byId.get('fixture.mean')?.control?.verdict).toBe('fail');
    expect(byId.get('fixture.leaky-control')?.verdict).toBe('fail');
    expect(byId.get('fixture.leaky-control')?.reason).toMatch(/^control passed/);
    expect(byId.get('fixture.broken')?.verdict).toBe('error');
    expect(byId.get('fixture.broken')?.reason).toMatch(/planted failure/);
  }, 600_000);

  it('skips finished cells on a rerun and gives identical verdicts; errored cells are retried', async () => {
    const out = tmp();
    const first = await run(out);
    const events: RunEvent[] = [];
    const second = await run(out, {}, events);
    const start = events.find((e) => e.kind === 'start');
    expect(start).toMatchObject({ total: 34, cached: 33 });
    expect(events.filter((e) => e.kind === 'cell')).toHaveLength(1);
    expect(verdicts(second)).toEqual(verdicts(first));
    expect(readFileSync(join(out, 'cells.ndjson'), 'utf8').trim().split('\n')).toHaveLength(35);
  }, 600_000);

  it('runs only the selected claims, and cells agree across backends (seeds ignore the backend)', async () => {
    const runs = await run(tmp(), { claims: new Set(['fixture.mean']), backends: ['cpu', 'wasm'] });
    expect(runs.map((r) => [r.backend, r.claims.map((c) => c.id)])).toEqual([
      ['cpu', ['fixture.mean']],
      ['wasm', ['fixture.mean']],
    ]);
    expect(runs[0]?.claims[0]?.measured).toEqual(runs[1]?.claims[0]?.measured);
  }, 600_000);

  it('shards partition the cells; merging the shards gives the unsharded verdicts', async () => {
    const whole = await run(tmp(), { claims: new Set(['fixture.mean', 'fixture.leaky-control']) });
    const dirs = [tmp(), tmp()];
    for (const [i, dir] of dirs.entries()) {
      const part = await run(dir, {
        claims: new Set(['fixture.mean', 'fixture.leaky-control']),
        shard: { index: i + 1, count: 2 },
      });
      expect(part[0]?.claims.every((c) => c.verdict === 'skipped' && /other shards/.test(c.reason))).toBe(true);
      writeResults(dir, part);
    }
    const inputs = dirs.map((dir) => ({ dir, results: readResults(dir) as ResultsFile }));
    const merged = mergeRuns(inputs, tmp(), [suite]);
    expect(merged.status).toBe('complete');
    expect(merged.status === 'complete' && verdicts(merged.runs)).toEqual(verdicts(whole));
    expect(merged.status === 'complete' && merged.cells).toBe(28);
  }, 600_000);

  it('reports an absent backend as skipped with its reason', async () => {
    const runs = await run(tmp(), { backends: ['native'] });
    expect(runs[0]?.claims.every((c) => c.verdict === 'skipped' && /native unavailable/.test(c.reason))).toBe(true);
  }, 600_000);
});
