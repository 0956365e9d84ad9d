import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResultsFile, RunResult } from '../src/results/results-file.ts';
import { readResults, writeResults } from '../src/results/results-io.ts';
import type { LoadedSuite } from '../src/run/loaded-suite.ts';
import { mergeRuns } from '../src/run/merge-runs.ts';
import { runSuites } from '../src/run/run-suites.ts';
import fixture from './fixture/suite.ts';

const path = fileURLToPath(new URL('./fixture/suite.ts', import.meta.url));
const suite: LoadedSuite = { spec: fixture, path, code: 'fixture-v1' };
const root = fileURLToPath(new URL('../../..', import.meta.url));
const tmp = () => mkdtempSync(join(tmpdir(), 'merge-'));
const claims = new Set(['fixture.mean', 'fixture.leaky-control']);
const inputs = (dirs: string[]) => dirs.map((dir) => ({ dir, results: readResults(dir) as ResultsFile }));
const verdicts = (runs: RunResult[]) =>
  Object.fromEntries(runs.flatMap((r) => r.claims.map((c) => [c.id, [c.verdict, c.measured]])));

describe('mergeRuns(inputs, outDir, suites)', () => {
  const shards: string[] = [];
  let whole: RunResult[] = [];
  beforeAll(async () => {
    const base = { suites: [suite], claims, tier: 'smoke' as const, backends: ['cpu' as const], seed: 0 };
    whole = await runSuites({ ...base, outDir: tmp(), workers: 2, root });
    for (let index = 1; index <= 3; index += 1) {
      const dir = tmp();
      writeResults(dir, await runSuites({ ...base, shard: { index, count: 3 }, outDir: dir, workers: 1, root }));
      shards.push(dir);
    }
  }, 600_000);

  it('decides over every shard, each of the 28 cells once, as the unsharded run did', () => {
    const out = tmp();
    const merged = mergeRuns(inputs(shards), out, [suite]);
    expect(merged).toMatchObject({ status: 'complete', cells: 28 });
    expect(merged.status === 'complete' && verdicts(merged.runs)).toEqual(verdicts(whole));
    expect(merged.status === 'complete' && merged.runs[0]?.provenance.flags.mergedShards).toEqual([
      '1/3',
      '2/3',
      '3/3',
    ]);
    expect(readFileSync(join(out, 'cells.ndjson'), 'utf8').trim().split('\n')).toHaveLength(28);
  });

  it('refuses a merge without shard 2/3: lists its cells by key and names the absent shard', () => {
    const merged = mergeRuns(inputs([shards[0] as string, shards[2] as string]), tmp(), [suite]);
    expect(merged.status).toBe('incomplete');
    if (merged.status !== 'incomplete') return;
    expect(merged.expected).toBe(28);
    expect(merged.missing).toHaveLength(9);
    expect(merged.duplicated).toEqual([]);
    expect(merged.absentShards).toEqual(['2/3']);
    expect(merged.missing.every((m) => /^[0-9a-f]{32}$/.test(m.key) && m.dirs.length === 0)).toBe(true);
    expect(new Set(merged.missing.map((m) => m.claim))).toEqual(claims);
  });

  it('refuses a shard given twice (in two directories): every one of its cells is duplicated', () => {
    const copy = tmp();
    cpSync(shards[0] as string, copy, { recursive: true });
    const merged = mergeRuns(inputs([...shards, copy]), tmp(), [suite]);
    expect(merged.status).toBe('incomplete');
    if (merged.status !== 'incomplete') return;
    expect(merged.missing).toEqual([]);
    expect(merged.duplicated).toHaveLength(10);
    expect(merged.duplicated[0]?.dirs).toEqual([shards[0], copy]);
  });

  it('counts a cell lost from one store (a torn last line) as missing', () => {
    const cut = tmp();
    cpSync(shards[1] as string, cut, { recursive: true });
    const store = join(cut, 'cells.ndjson');
    const text = readFileSync(store, 'utf8');
    writeFileSync(store, text.slice(0, text.length - 20));
    const merged = mergeRuns(inputs([shards[0] as string, cut, shards[2] as string]), tmp(), [suite]);
    expect(merged.status === 'incomplete' && merged.missing.length).toBe(1);
    expect(merged.status === 'incomplete' && merged.absentShards).toEqual([]);
  });
});
