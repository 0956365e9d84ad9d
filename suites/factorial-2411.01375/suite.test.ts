import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ClaimResult, loadSuites, type RunResult, runSuites } from '@repro/claims';
import { type BackendName, describeBackends } from '@repro/tensor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'factorial-smoke-'));
const CANDIDATES: BackendName[] = ['cpu', 'wasm', 'webgpu'];
let runs: RunResult[] = [];
let available: BackendName[] = [];

const claimOn = (backend: BackendName, id: string): ClaimResult => {
  const claim = runs.find((r) => r.backend === backend)?.claims.find((c) => c.id === id);
  if (!claim) throw new Error(`no result for ${id} on ${backend}`);
  return claim;
};
const value = (m: ClaimResult['measured']) => m?.value ?? Number.NaN;

describe('factorial suite at the smoke tier (every available backend among cpu, wasm, webgpu)', () => {
  beforeAll(async () => {
    available = (await describeBackends(CANDIDATES)).filter((b) => b.available).map((b) => b.name);
    const suites = (await loadSuites(root)).filter((s) => s.spec.name === 'factorial-2411.01375');
    runs = await runSuites({ suites, tier: 'smoke', backends: available, seed: 0, outDir: out, workers: 2, root });
  }, 900_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('runs on wasm at least, and decides nothing below the quick tier', () => {
    expect(available).toContain('wasm');
    for (const run of runs) {
      expect(run.claims.map((c) => c.id)).toEqual([
        'factorial.single-pass-rank',
        'factorial.single-pass-ratio',
        'factorial.compression-knee',
        'factorial.compression-order',
        'factorial.unseen-inputs',
        'factorial.unseen-sparsity',
        'factorial.unseen-split',
        'factorial.iso-flop',
        'factorial.iso-flop-parents',
      ]);
      for (const c of run.claims) {
        expect(c.verdict).toBe('skipped');
        expect(c.reason).toMatch(/below the lowest decidable tier quick/);
      }
    }
  });

  it('single-pass-rank measures ρ(χ, 𝓛) on both arms, higher on the structured tasks than on the control', () => {
    for (const backend of available) {
      const c = claimOn(backend, 'factorial.single-pass-rank');
      expect(value(c.measured)).toBeGreaterThanOrEqual(-1);
      expect(value(c.measured)).toBeLessThanOrEqual(1);
      expect(value(c.control?.measured ?? null)).toBeGreaterThanOrEqual(-1);
      expect(value(c.measured)).toBeGreaterThan(value(c.control?.measured ?? null));
    }
  });

  it('single-pass-ratio: the lowest-χ task ends below the unstructured one; the control ratio is near 1', () => {
    for (const backend of available) {
      const c = claimOn(backend, 'factorial.single-pass-ratio');
      expect(value(c.measured)).toBeGreaterThan(0);
      expect(value(c.measured)).toBeLessThan(1);
      expect(value(c.control?.measured ?? null)).toBeGreaterThan(0.7);
      expect(value(c.control?.measured ?? null)).toBeLessThan(1.4);
    }
  });

  it('unseen-inputs: unseen rows improve on the factorized task and do not on the unstructured control', () => {
    for (const backend of available) {
      const c = claimOn(backend, 'factorial.unseen-inputs');
      expect(value(c.measured)).toBeGreaterThan(0);
      expect(value(c.measured)).toBeLessThan(0.5);
      expect(value(c.control?.measured ?? null)).toBeGreaterThan(0.5);
    }
  });

  it('unseen-sparsity measures ρ(β, 𝓛_unobs) on both arms', () => {
    for (const backend of available) {
      const c = claimOn(backend, 'factorial.unseen-sparsity');
      expect(Number.isFinite(value(c.measured))).toBe(true);
      expect(Number.isFinite(value(c.control?.measured ?? null))).toBe(true);
    }
  });

  it('unseen-split measures ρ(γ, 𝓛_unobs) on both arms (two γ at smoke: ρ is ±1)', () => {
    for (const backend of available) {
      const c = claimOn(backend, 'factorial.unseen-split');
      expect([-1, 1]).toContain(value(c.measured));
      expect([-1, 1]).toContain(value(c.control?.measured ?? null));
      const curves = (c.detail as { curves: { parents: number; splits: number[] }[] }).curves;
      expect(curves.map((k) => [k.parents, k.splits])).toEqual([[1, [0.2, 0.9]]]);
    }
  });

  it('compression-knee and compression-order measure knees on both arms (none within 60 epochs at smoke)', () => {
    for (const backend of available) {
      const knee = claimOn(backend, 'factorial.compression-knee');
      const detail = knee.detail as { knees: { side: number; chiBar: number; loss: number[] }[] };
      expect(detail.knees.map((k) => [k.side, k.chiBar])).toEqual([
        [2, 6],
        [3, 9],
      ]);
      for (const k of detail.knees) {
        expect(k.loss).toHaveLength(2);
        expect(k.loss[1]).toBeLessThan(k.loss[0] as number);
      }
      const order = claimOn(backend, 'factorial.compression-order');
      expect([0, 1]).toContain(value(order.measured));
      expect([0, 1]).toContain(value(order.control?.measured ?? null));
    }
  });

  it('iso-flop trains round(B/γ) epochs per split and has no seed spread with one seed', () => {
    for (const backend of available) {
      const c = claimOn(backend, 'factorial.iso-flop');
      const slices = (c.detail as { slices: { budget: number; splits: number[]; loss: number[] }[] }).slices;
      expect(slices.map((s) => [s.budget, s.splits])).toEqual([[4, [0.2, 0.9]]]);
      for (const y of slices[0]?.loss ?? []) expect(y).toBeGreaterThan(0);
      // one seed: no spread, so the gap in seed stds is 0 (γ* = γ_max) or undefined, never a number
      const v = c.measured?.value ?? null;
      expect(v === null || v === 0 || Number.isNaN(v)).toBe(true);
    }
  });
});
