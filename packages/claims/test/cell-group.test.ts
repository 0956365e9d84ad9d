import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LoadedSuite } from '../src/run/loaded-suite.ts';
import { planClaimCells } from '../src/run/plan-cells.ts';
import type { RunEvent } from '../src/run/progress.ts';
import { runSuites } from '../src/run/run-suites.ts';
import { defineClaim, defineSuite } from '../src/spec/define-suite.ts';
import grouped from './fixture/grouped-suite.ts';

const path = fileURLToPath(new URL('./fixture/grouped-suite.ts', import.meta.url));
const suite: LoadedSuite = { spec: grouped, path, code: 'grouped-v1' };
const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('cell groups', () => {
  it('run a shared cell once and hand it to every claim of the group; controls stay their own', async () => {
    const out = mkdtempSync(join(tmpdir(), 'group-'));
    const events: RunEvent[] = [];
    const runs = await runSuites({
      suites: [suite],
      tier: 'smoke',
      backends: ['cpu'],
      seed: 0,
      outDir: out,
      workers: 2,
      root,
      onEvent: (e) => events.push(e),
    });
    expect(events.find((e) => e.kind === 'start')).toMatchObject({ total: 9, cached: 0 });
    expect(readFileSync(join(out, 'cells.ndjson'), 'utf8').trim().split('\n')).toHaveLength(9);
    const [first, second] = runs[0]?.claims ?? [];
    expect(first?.verdict).toBe('pass');
    expect(second?.verdict).toBe('pass');
    expect(first?.measured?.value).toBe(second?.measured?.value);
    expect(first?.control?.measured?.value).not.toBe(second?.control?.measured?.value);
  }, 600_000);

  it('must share one run function; a group named after a claim keeps the seeds of that claim', () => {
    const base = grouped.claims[0];
    if (!base) throw new Error('fixture without claims');
    const other = defineClaim<number>({ ...base, id: 'grouped.other', run: async () => 0 } as never);
    expect(() => defineSuite({ ...grouped, claims: [base, other] })).toThrow(/must share one run function/);
    const bad = { ...base, id: 'grouped.x', cellGroup: 'Not A Name' };
    expect(() => defineSuite({ ...grouped, claims: [base, bad] })).toThrow(/cellGroup/);
    const solo = defineClaim<number>({ ...base, cellGroup: undefined } as never);
    const named = defineClaim<number>({ ...base, cellGroup: base.id } as never);
    const [a] = planClaimCells(suite, solo, 'smoke', 'cpu', 0);
    const [b] = planClaimCells(suite, named, 'smoke', 'cpu', 0);
    expect(b?.seed).toBe(a?.seed);
    expect(b?.key).toBe(a?.key);
  });
});
