import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ClaimResult, loadSuites, runSuites } from '@repro/claims';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'calibration-smoke-'));
let claims: Map<string, ClaimResult>;

describe('calibration suite at the smoke tier (wasm)', () => {
  beforeAll(async () => {
    const suite = (await loadSuites(root)).filter((s) => s.spec.name === 'calibration');
    const runs = await runSuites({
      suites: suite,
      tier: 'smoke',
      backends: ['wasm'],
      seed: 0,
      outDir: out,
      workers: 2,
      root,
    });
    claims = new Map(runs.flatMap((r) => r.claims).map((c) => [c.id, c]));
  }, 360_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('threshold-crossing recovers P* within 10% and the flat control produces no P*', () => {
    const c = claims.get('calibration.threshold-crossing');
    expect(c?.verdict).toBe('pass');
    expect(c?.measured?.value).toBeGreaterThan(0.9);
    expect(c?.measured?.value).toBeLessThan(1.1);
    expect(c?.control?.verdict).toBe('fail');
    expect(c?.control?.measured?.value).toBeNull();
  });

  it('planted-linear trains below MSE 0.1 on wasm while random labels stay far above', () => {
    const c = claims.get('calibration.planted-linear');
    expect(c?.verdict).toBe('pass');
    expect(c?.measured?.interval?.[1]).toBeLessThan(0.1);
    expect(c?.control?.verdict).toBe('fail');
    expect(c?.control?.measured?.value).toBeGreaterThan(0.5);
  });

  it('slope-coverage runs but is not decided below the quick tier; its curved control is flagged', () => {
    const c = claims.get('calibration.slope-coverage');
    expect(c?.verdict).toBe('skipped');
    expect(c?.reason).toMatch(/below the lowest decidable tier quick/);
    expect(c?.measured?.value).toBeGreaterThan(0.6);
    expect(c?.control?.measured?.value).toBeLessThan(0.3);
  });
});
