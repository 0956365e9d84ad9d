import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assertFinite, Diverged, isDiverged } from '../src/run/diverged.ts';
import type { LoadedSuite } from '../src/run/loaded-suite.ts';
import type { RunEvent } from '../src/run/progress.ts';
import { runSuites } from '../src/run/run-suites.ts';
import type { CellRecord } from '../src/store/cell-record.ts';
import fixture from './fixture/diverging-suite.ts';

const path = fileURLToPath(new URL('./fixture/diverging-suite.ts', import.meta.url));
const suite: LoadedSuite = { spec: fixture, path, code: 'diverging-v1' };
const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('assertFinite(loss, step)', () => {
  it('passes finite losses through and throws Diverged with the step for NaN and ±Infinity', () => {
    expect(assertFinite(0.5, 3)).toBe(0.5);
    for (const [loss, text] of [
      [Number.NaN, 'NaN'],
      [Number.POSITIVE_INFINITY, 'Infinity'],
      [Number.NEGATIVE_INFINITY, '-Infinity'],
    ] as const) {
      const error = (() => {
        try {
          assertFinite(loss, 17);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(Diverged);
      expect(isDiverged(error)).toBe(true);
      expect(error).toMatchObject({ step: 17, loss: text, message: `diverged at step 17 (loss ${text})` });
    }
    expect(isDiverged(new Error('diverged at step 1'))).toBe(false);
  });
});

describe('runSuites with a diverging cell', () => {
  it('records the cell as diverged at step 64, makes its claim an error that says so, and keeps it on a rerun', async () => {
    const out = mkdtempSync(join(tmpdir(), 'diverged-'));
    const options = { suites: [suite], tier: 'smoke' as const, backends: ['cpu' as const], seed: 0, outDir: out };
    const runs = await runSuites({ ...options, workers: 2, root });
    const byId = new Map(runs[0]?.claims.map((c) => [c.id, c]));
    const gd = byId.get('diverging.gd-loss');
    expect(gd?.verdict).toBe('error');
    expect(gd?.reason).toBe(
      'cell claim {"lr":1.5,"steps":100}: diverged at step 64 (loss Infinity); 1 of 5 cells of this claim diverged',
    );
    expect(gd?.measured).toBeNull();
    expect(byId.get('diverging.stable')?.verdict).toBe('pass');
    const records = readFileSync(join(out, 'cells.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as CellRecord);
    const diverged = records.filter((r) => r.status === 'diverged');
    expect(diverged).toHaveLength(1);
    expect(diverged[0]).toMatchObject({ status: 'diverged', step: 64, loss: 'Infinity', params: { lr: 1.5 } });

    const events: RunEvent[] = [];
    const again = await runSuites({ ...options, workers: 1, root, onEvent: (e) => events.push(e) });
    expect(events.find((e) => e.kind === 'start')).toMatchObject({ total: 9, cached: 9 });
    expect(again[0]?.claims.find((c) => c.id === 'diverging.gd-loss')?.reason).toBe(gd?.reason);
  }, 600_000);
});
