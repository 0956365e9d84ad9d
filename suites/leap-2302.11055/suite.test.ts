import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ClaimResult, loadSuites, type RunResult, runSuites } from '@repro/claims';
import { type BackendName, describeBackends } from '@repro/tensor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'leap-smoke-'));
const CANDIDATES: BackendName[] = ['cpu', 'wasm', 'webgpu'];
let runs: RunResult[] = [];
let available: BackendName[] = [];

const claimOn = (backend: BackendName, id: string): ClaimResult => {
  const claim = runs.find((r) => r.backend === backend)?.claims.find((c) => c.id === id);
  if (!claim) throw new Error(`no result for ${id} on ${backend}`);
  return claim;
};
const value = (m: ClaimResult['measured'] | undefined) => m?.value ?? Number.NaN;

describe('leap suite at the smoke tier (every available backend among cpu, wasm, webgpu)', () => {
  beforeAll(async () => {
    available = (await describeBackends(CANDIDATES)).filter((b) => b.available).map((b) => b.name);
    const suites = (await loadSuites(root)).filter((s) => s.spec.name === 'leap-2302.11055');
    runs = await runSuites({ suites, tier: 'smoke', backends: available, seed: 0, outDir: out, workers: 2, root });
  }, 900_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('runs on wasm at least; the calculator is decided at smoke, the SGD claims are not', () => {
    expect(available).toContain('wasm');
    for (const run of runs) {
      for (const c of run.claims) {
        if (c.id === 'leap.calculator') continue;
        expect(c.verdict).toBe('skipped');
        expect(c.reason).toMatch(/below the lowest decidable tier (quick|full)/);
      }
    }
  });

  it('calculator: every check passes; the multiplicity-blind control misses the Gaussian entries', () => {
    for (const backend of available) {
      const c = claimOn(backend, 'leap.calculator');
      expect(c.verdict).toBe('pass');
      expect(value(c.measured)).toBe(1);
      expect(value(c.control?.measured)).toBeGreaterThan(0.6);
      expect(value(c.control?.measured)).toBeLessThan(0.95);
    }
  });

  it('escape slopes: one lr per target from the pilots (0.1, the top of the smoke ladder); every seed escapes; random labels never do', () => {
    for (const backend of available) {
      for (const id of ['leap.escape-leap1', 'leap.escape-leap2', 'leap.escape-leap3']) {
        const c = claimOn(backend, id);
        const detail = c.detail as { lr: number | null; medians: { d: number; median: number | null }[] };
        expect(detail.lr).toBe(0.1);
        expect(detail.medians).toHaveLength(2);
        for (const m of detail.medians) {
          expect(m.median).toBeGreaterThan(100);
          expect(m.median).toBeLessThan(30_000);
        }
        expect(Number.isFinite(value(c.measured))).toBe(true);
        expect(c.control?.measured?.value ?? null).toBeNull();
        expect(c.control?.note).toMatch(/no ladder lr had every pilot seed escape/);
      }
    }
  });

  it('saddle claims at d = 8: x1x2x3 is learned after > 10³ samples in some seed; no plateau for the all-at-once control', () => {
    for (const backend of available) {
      const order = claimOn(backend, 'leap.saddle-order');
      const times = (order.detail as { learnTimes: (number | null)[][] }).learnTimes;
      expect(times).toHaveLength(2);
      expect(times.some((t) => t[1] !== null && (t[1] as number) > 1000)).toBe(true);
      expect(value(order.control?.measured)).toBeLessThan(0.5);
      const plateaus = claimOn(backend, 'leap.saddle-plateaus');
      expect(value(plateaus.control?.measured)).toBe(0);
      expect(value(plateaus.measured)).toBeGreaterThanOrEqual(value(plateaus.control?.measured));
      const support = claimOn(backend, 'leap.saddle-support');
      expect(value(support.measured)).toBeGreaterThan(0);
      expect(value(support.control?.measured)).toBeGreaterThan(0.8);
    }
  });

  it('gives the same numbers on every backend (the learner is plain typed-array math on seeded data)', () => {
    const [first, ...rest] = available;
    if (!first) return;
    for (const backend of rest) {
      for (const c of runs.find((r) => r.backend === first)?.claims ?? []) {
        expect(value(claimOn(backend, c.id).measured)).toEqual(value(c.measured));
      }
    }
  });
});
