import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findTorchPython } from '@repro/bench';
import { type ClaimResult, loadSuites, type RunResult, runSuites } from '@repro/claims';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'performance-smoke-'));
const torch = findTorchPython();
let runs: RunResult[] = [];

const claim = (id: string): ClaimResult => {
  const found = runs[0]?.claims.find((c) => c.id === id);
  if (!found) throw new Error(`no result for ${id}`);
  return found;
};
const value = (m: ClaimResult['measured'] | undefined) => m?.value ?? Number.NaN;

// The cells time their own sides (worker threads per backend, a process for torch): one backend run suffices.
describe('performance suite at the smoke tier', () => {
  beforeAll(async () => {
    const suites = (await loadSuites(root)).filter((s) => s.spec.name === 'performance');
    runs = await runSuites({ suites, tier: 'smoke', backends: ['wasm'], seed: 0, outDir: out, workers: 1, root });
  }, 900_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('lists the eight claims and decides nothing below the quick tier', () => {
    expect(runs[0]?.claims.map((c) => c.id)).toEqual([
      'performance.custom-gradient-dense',
      'performance.wasm-vs-cpu',
      'performance.wasm-threads',
      'performance.blas-matmul-tb',
      'performance.blas-factorial-mlp-step',
      'performance.torch-matmul',
      'performance.torch-dense',
      'performance.torch-factorial-mlp-step',
    ]);
    for (const c of runs[0]?.claims ?? []) {
      expect(c.verdict).toBe('skipped');
      expect(c.reason).toMatch(/below the lowest decidable tier quick/);
    }
  });

  it('custom-gradient-dense: the stock gradient is slower than dense; dense against itself is near 1', () => {
    const c = claim('performance.custom-gradient-dense');
    expect(value(c.measured)).toBeGreaterThan(1.5);
    expect(value(c.control?.measured)).toBeGreaterThan(0.4);
    expect(value(c.control?.measured)).toBeLessThan(2.5);
  });

  it('wasm-vs-cpu: cpu is slower than wasm on the factorial step; wasm against wasm is near 1', () => {
    const c = claim('performance.wasm-vs-cpu');
    expect(value(c.measured)).toBeGreaterThan(2);
    expect(value(c.control?.measured)).toBeGreaterThan(0.4);
    expect(value(c.control?.measured)).toBeLessThan(2.5);
  });

  it('wasm-threads measures a finite positive speedup on both arms', () => {
    const c = claim('performance.wasm-threads');
    for (const m of [c.measured, c.control?.measured]) {
      expect(value(m)).toBeGreaterThan(0.2);
      expect(value(m)).toBeLessThan(5);
    }
  });

  it('blas-matmul-tb: wasm is slower than wasm-blas on the transposed product; wasm against wasm is near 1', () => {
    const c = claim('performance.blas-matmul-tb');
    expect(value(c.measured)).toBeGreaterThan(3);
    expect(value(c.control?.measured)).toBeGreaterThan(0.4);
    expect(value(c.control?.measured)).toBeLessThan(2.5);
  });

  // Smoke-size timings on a loaded machine move several-fold; only the quick tier's rule judges the speedup.
  it('blas-factorial-mlp-step measures a finite positive speedup on both arms', () => {
    const c = claim('performance.blas-factorial-mlp-step');
    for (const m of [c.measured, c.control?.measured]) {
      expect(value(m)).toBeGreaterThan(0);
      expect(Number.isFinite(value(m))).toBe(true);
    }
  });

  // Each arm times its own torch side; at smoke size (3 rounds of 30 ms) on a loaded machine the two arms'
  // torch timings can differ several-fold, so only the quick tier's rule compares the arms.
  it.skipIf('reason' in torch)('torch ratios: a finite positive ratio on both arms', () => {
    for (const id of ['performance.torch-matmul', 'performance.torch-dense', 'performance.torch-factorial-mlp-step']) {
      const c = claim(id);
      for (const m of [c.measured, c.control?.measured]) {
        expect(value(m)).toBeGreaterThan(0);
        expect(Number.isFinite(value(m))).toBe(true);
      }
    }
  });
});
