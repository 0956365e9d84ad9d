import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ResultsFile } from '../src/results/results-file.ts';
import { readResults, writeResults } from '../src/results/results-io.ts';
import type { LoadedSuite } from '../src/run/loaded-suite.ts';
import { mergeRuns } from '../src/run/merge-runs.ts';
import type { RunEvent } from '../src/run/progress.ts';
import { runSuites } from '../src/run/run-suites.ts';
import gated from './fixture/gated-suite.ts';

const path = fileURLToPath(new URL('./fixture/gated-suite.ts', import.meta.url));
const suite: LoadedSuite = { spec: gated, path, code: 'gated-v1' };
const root = fileURLToPath(new URL('../../..', import.meta.url));
const lines = (dir: string) =>
  readFileSync(join(dir, 'cells.ndjson'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { arm: string; params: { option: number; pilot?: boolean } });

describe('gated cells', () => {
  it('run only the gated cells the finished gates call for, and measure from those', async () => {
    const out = mkdtempSync(join(tmpdir(), 'gated-'));
    const events: RunEvent[] = [];
    const run = () =>
      runSuites({
        suites: [suite],
        tier: 'smoke',
        backends: ['cpu'],
        seed: 0,
        outDir: out,
        workers: 2,
        root,
        onEvent: (e) => events.push(e),
      });
    const [result] = await run();
    const stored = lines(out);
    // 2 arms × (3 pilots + 3 replicates of the chosen option) = 12 of the 24 planned cells.
    expect(stored).toHaveLength(12);
    expect(
      stored
        .filter((c) => !c.params.pilot)
        .map((c) => `${c.arm}:${c.params.option}`)
        .sort(),
    ).toEqual(['claim:2', 'claim:2', 'claim:2', 'control:3', 'control:3', 'control:3']);
    const claim = result?.claims[0];
    expect(claim?.cells).toEqual({ total: 12, done: 12 });
    expect(claim?.measured?.value).toBe(20);
    expect(claim?.control?.measured?.value).toBe(30);
    expect(claim?.verdict).toBe('pass');
    expect(events.find((e) => e.kind === 'start')).toMatchObject({ total: 24, cached: 0 });
    // A rerun finds everything it needs in the store and runs nothing.
    const again = await run();
    expect(lines(out)).toHaveLength(12);
    expect(again[0]?.claims[0]?.measured?.value).toBe(20);
  }, 120_000);

  it('keep every gated cell while a gate is in another shard, and decide the same after the merge', async () => {
    const dirs = [1, 2].map(() => mkdtempSync(join(tmpdir(), 'gated-shard-')));
    for (const [i, outDir] of dirs.entries()) {
      const runs = await runSuites({
        suites: [suite],
        tier: 'smoke',
        backends: ['cpu'],
        seed: 0,
        outDir,
        workers: 1,
        root,
        shard: { index: i + 1, count: 2 },
      });
      writeResults(outDir, runs);
      expect(runs[0]?.claims[0]?.verdict).toBe('skipped');
    }
    // Each shard saw only part of the pilots, so it ran its whole share of the gated cells (24 in all).
    expect(dirs.reduce((n, d) => n + lines(d).length, 0)).toBe(24);
    const merged = mkdtempSync(join(tmpdir(), 'gated-merged-'));
    const outcome = mergeRuns(
      dirs.map((dir) => ({ dir, results: readResults(dir) as ResultsFile })),
      merged,
      [suite],
    );
    expect(outcome.status).toBe('complete');
    const result = outcome.status === 'complete' ? outcome.runs[0] : undefined;
    expect(result?.claims[0]?.measured?.value).toBe(20);
    expect(result?.claims[0]?.control?.measured?.value).toBe(30);
    expect(result?.claims[0]?.cells).toEqual({ total: 12, done: 12 });
  }, 120_000);
});
