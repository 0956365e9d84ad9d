import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repro } from './cli-helpers.ts';

describe('repro report after repro run', () => {
  it('writes a self-contained index.html and ends with the claims line', () => {
    const results = mkdtempSync(join(tmpdir(), 'run-'));
    const reports = mkdtempSync(join(tmpdir(), 'report-'));
    const ran = repro(['run', 'calibration.threshold-crossing', '--tier', 'smoke', '--out', results]);
    expect(ran.status).toBe(0);
    const r = repro(['report', '--in', results, '--out', reports]);
    expect(r.status).toBe(0);
    const html = join(reports, 'index.html');
    expect(existsSync(html)).toBe(true);
    expect(statSync(html).size).toBeGreaterThan(10_000);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('calibration.threshold-crossing');
    expect(page).not.toMatch(/<script[^>]+src=/);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('claims: 1 passed, 0 failed');
  }, 600_000);
});
