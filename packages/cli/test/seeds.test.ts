import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { oneLineError, repro } from './cli-helpers.ts';

const tmp = (what: string) => mkdtempSync(join(tmpdir(), `${what}-`));
const CLAIM = 'calibration.threshold-crossing';

describe('repro run --seeds', () => {
  it('runs each master seed into one results file and says whether each claim kept its verdict', () => {
    const out = tmp('seeds');
    const r = repro(['run', CLAIM, '--tier', 'smoke', '--jobs', '2', '--seeds', '0,1,2', '--out', out]);
    expect(r.status).toBe(0);
    const runs = (
      JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as {
        runs: { seed: number; claims: { id: string; verdict: string; measured: { value: number } }[] }[];
      }
    ).runs;
    expect(runs.map((run) => run.seed)).toEqual([0, 1, 2]);
    // Different seeds are different data: the measured values differ.
    expect(new Set(runs.map((run) => run.claims[0]?.measured.value)).size).toBe(3);
    expect(r.stdout).toMatch(/^PASS +calibration\.threshold-crossing \(wasm, seed 1\)/m);
    const verdicts = new Set(runs.map((run) => run.claims[0]?.verdict));
    expect(r.stdout).toContain(
      `stability over master seeds 0, 1, 2: ${verdicts.size === 1 ? 1 : 0} of 1 claims keep one verdict at every seed`,
    );
    expect(r.stdout.trim().split('\n').at(-1)).toBe('claims: 3 passed, 0 failed');
  }, 360_000);

  it('rejects a malformed or repeated seed list in one line', () => {
    expect(oneLineError(repro(['run', CLAIM, '--seeds', '0;1']))).toMatch(/--seeds takes 2 to 10 whole numbers/);
    expect(oneLineError(repro(['run', CLAIM, '--seeds', '1']))).toMatch(/--seeds takes 2 to 10 whole numbers/);
    expect(oneLineError(repro(['run', CLAIM, '--seeds', '1,1']))).toMatch(/--seeds 1,1: each seed once/);
    expect(oneLineError(repro(['run', CLAIM, '--seed', '3', '--seeds', '1,2']))).toMatch(/--seed or --seeds, not both/);
  }, 600_000);
});

describe('repro report of runs with several seeds', () => {
  it('lists the claim whose verdict flips between seeds as unstable', () => {
    const base = JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/results.json', import.meta.url)), 'utf8'));
    const claim = (verdict: string) => ({
      id: 'calibration.threshold-crossing',
      verdict,
      reason: 'r',
      measured: { value: 1, interval: [0.9, 1.1] },
      expected: { value: 1, tolerance: 0.1 },
      control: null,
    });
    const run = (seed: number, verdict: string) => ({
      suite: 'calibration',
      title: 'Calibration',
      tier: 'quick',
      backend: 'wasm',
      seed,
      durationS: 1,
      provenance: { commit: 'c', code: 'k', node: 'v20', tfjs: '4', cpu: 'x', flags: {}, date: '2026-01-01' },
      claims: [claim(verdict)],
    });
    const dir = tmp('flips');
    writeFileSync(
      join(dir, 'results.json'),
      JSON.stringify({ ...base, runs: [run(0, 'pass'), run(1, 'inconclusive'), run(2, 'pass')] }),
    );
    const r = repro(['report', '--in', dir, '--out', tmp('flips-report')]);
    expect(r.stdout).toContain('stability over master seeds 0, 1, 2: 0 of 1 claims keep one verdict at every seed');
    expect(r.stdout).toContain(
      'UNSTABLE calibration.threshold-crossing (wasm, quick): pass at seed 0, inconclusive at seed 1, pass at seed 2',
    );
  }, 600_000);
});
