import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ClaimResult, loadSuites, type RunResult, runSuites } from '@repro/claims';
import { type BackendName, describeBackends } from '@repro/tensor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alphaGrid } from './sizes.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'spectral-smoke-'));
const CANDIDATES: BackendName[] = ['cpu', 'wasm', 'webgpu'];
let runs: RunResult[] = [];
let available: BackendName[] = [];

const claimOn = (backend: BackendName, id: string): ClaimResult => {
  const claim = runs.find((r) => r.backend === backend)?.claims.find((c) => c.id === id);
  if (!claim) throw new Error(`no result for ${id} on ${backend}`);
  return claim;
};

describe('α grids', () => {
  it('stop where the feature matrix would exceed the tier’s memory bound', () => {
    expect(alphaGrid('quick', 20)).toEqual([2.5, 2.75, 3, 3.25, 3.5, 3.75, 4, 4.25]);
    expect(alphaGrid('quick', 30)).toEqual([2.5, 2.75, 3, 3.25, 3.5]);
    expect(alphaGrid('smoke', 10)).toEqual([2, 2.5, 3, 3.5, 4, 4.5]);
    expect(alphaGrid('quick', 40)).toEqual([2.5, 2.75, 3]);
  });
});

describe('spectral suite at the smoke tier (every available backend among cpu, wasm, webgpu)', () => {
  beforeAll(async () => {
    available = (await describeBackends(CANDIDATES)).filter((b) => b.available).map((b) => b.name);
    const suites = (await loadSuites(root)).filter((s) => s.spec.name === 'spectral-tabanelli');
    runs = await runSuites({ suites, tier: 'smoke', backends: available, seed: 0, outDir: out, workers: 2, root });
  }, 600_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('runs on wasm at least; both claims are skipped below the quick tier', () => {
    expect(available).toContain('wasm');
    for (const run of runs) {
      expect(run.claims.map((c) => c.id)).toEqual(['spectral.transition', 'spectral.universality']);
      for (const c of run.claims) {
        expect(c.verdict).toBe('skipped');
        expect(c.reason).toMatch(/below the lowest decidable tier quick/);
      }
    }
  });

  it('permuted labels never reach NMSE 0.5; real and Gaussian-equivalent curves differ at d = 8', () => {
    for (const backend of available) {
      const transition = claimOn(backend, 'spectral.transition');
      expect(transition.control?.measured?.value ?? null).toBeNull();
      const universality = claimOn(backend, 'spectral.universality');
      expect(universality.measured?.value ?? 0).toBeGreaterThan(1);
      expect(universality.control?.measured?.value ?? 0).toBeGreaterThan(1);
    }
  });
});
