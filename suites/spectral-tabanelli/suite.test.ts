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

  const IDS = [
    'spectral.transition',
    'spectral.universality',
    'spectral.separation',
    'spectral.ordering',
    'spectral.staircase',
    'spectral.rate',
    'spectral.power-law',
    'spectral.matrix-tensor-curriculum',
    'spectral.matrix-tensor-staircase',
    'spectral.matrix-tensor-joint',
    'spectral.lofi-vs-rf',
    'spectral.lofi-outliers',
  ];

  it('runs on wasm at least; every claim is skipped below the quick tier', () => {
    expect(available).toContain('wasm');
    for (const run of runs) {
      expect(run.claims.map((c) => c.id)).toEqual(IDS);
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

  it('the separation margin is negative with permuted labels; the kernel stays near NMSE 1 at d = 10', () => {
    for (const backend of available) {
      const separation = claimOn(backend, 'spectral.separation');
      expect(separation.control?.measured?.value ?? 0).toBeLessThan(-0.5);
      expect(separation.measured?.value ?? Number.NaN).toBeGreaterThan(-1);
    }
  });

  it('directions cross in order at γ = 0.8 (d = 8), more steeply than at γ = 0; the rate exists only with signal', () => {
    for (const backend of available) {
      const ordering = claimOn(backend, 'spectral.ordering');
      const slope = ordering.measured?.value ?? Number.NaN;
      expect(slope).toBeGreaterThan(0.5);
      expect(slope - (ordering.control?.measured?.value ?? Number.NaN)).toBeGreaterThan(0.3);
      const rate = claimOn(backend, 'spectral.rate');
      expect(rate.measured?.value ?? Number.NaN).toBeLessThan(-0.5);
      expect(rate.measured?.value ?? Number.NaN).toBeGreaterThan(-1.6);
      expect(rate.control?.measured?.value ?? null).toBeNull();
      expect(claimOn(backend, 'spectral.power-law').control?.measured?.value ?? null).toBeNull();
    }
  });

  it('AMP recovers x after u only with a shared spike; joint GD and NLoFi give bounded, finite statistics', () => {
    for (const backend of available) {
      const amp = claimOn(backend, 'spectral.matrix-tensor-staircase');
      expect(amp.measured?.value ?? Number.NaN).toBeGreaterThanOrEqual(1);
      expect(amp.control?.measured?.value ?? null).toBeNull();
      const joint = claimOn(backend, 'spectral.matrix-tensor-joint');
      for (const v of [joint.measured?.value, joint.control?.measured?.value]) {
        expect(Math.abs(v ?? Number.NaN)).toBeLessThan(0.5);
      }
      // d = 8: NLoFi does not beat RF-poly2 (ratio > 1) on either arm.
      const lofi = claimOn(backend, 'spectral.lofi-vs-rf');
      expect(lofi.measured?.value ?? Number.NaN).toBeGreaterThan(1);
      expect(lofi.control?.measured?.value ?? Number.NaN).toBeGreaterThan(1);
      // p = 2 at d = 8: permuted labels give no outliers above 2 + ε (deviation p); true labels overshoot.
      const outliers = claimOn(backend, 'spectral.lofi-outliers');
      expect(outliers.measured?.value ?? Number.NaN).toBeGreaterThanOrEqual(2);
      expect(outliers.control?.measured?.value ?? Number.NaN).toBeGreaterThanOrEqual(1);
      expect(outliers.control?.measured?.value ?? Number.NaN).toBeLessThanOrEqual(2);
    }
  });
});
