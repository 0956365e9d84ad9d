import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repro } from './cli-helpers.ts';

describe('repro with no command', () => {
  it('runs every suite, writes results and the HTML report, and ends with the claims line', () => {
    const out = mkdtempSync(join(tmpdir(), 'main-job-'));
    const r = repro(['--tier', 'smoke', '--out', out]);
    expect(r.status).toBe(0);
    expect(existsSync(join(out, 'results.json'))).toBe(true);
    expect(r.stdout).toMatch(/^report: .*reports\/index\.html/m);
    expect(r.stdout).toMatch(/calibration\.planted-linear +wasm +pass/);
    expect(r.stdout.trim().split('\n').at(-1)).toMatch(/^claims: \d+ passed, 0 failed(, \d+ skipped)?$/);
  }, 360_000);
});
