import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ClaimResult, loadSuites, type RunResult, runSuites } from '@repro/claims';
import { type BackendName, createRng, describeBackends } from '@repro/tensor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedExtreme } from './seed-extreme.ts';
import { decreasingTail } from './separation-stats.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'hierpoly-smoke-'));
const CANDIDATES: BackendName[] = ['cpu', 'wasm', 'webgpu'];
let runs: RunResult[] = [];
const createRandom = (seed: number) => {
  const rng = createRng(seed);
  return () => rng.uniform();
};
let available: BackendName[] = [];

const claimOn = (backend: BackendName, id: string): ClaimResult => {
  const claim = runs.find((r) => r.backend === backend)?.claims.find((c) => c.id === id);
  if (!claim) throw new Error(`no result for ${id} on ${backend}`);
  return claim;
};
const value = (m: ClaimResult['measured'] | undefined) => m?.value ?? Number.NaN;

describe('statistics of the separation claims', () => {
  it('seedExtreme takes the extreme of seed means, with an interval around it', () => {
    const groups = [
      [0.1, 0.2, 0.3],
      [0.3, 0.4, 0.5],
    ];
    const max = seedExtreme(groups, 'max', createRandom(1));
    expect(max.value).toBeCloseTo(0.4, 12);
    expect(max.means).toEqual([0.2, 0.4].map((v) => expect.closeTo(v, 12)));
    expect(max.interval[0]).toBeLessThan(0.4);
    expect(max.interval[1]).toBeGreaterThan(0.4);
    expect(seedExtreme(groups, 'min', createRandom(1)).value).toBeCloseTo(0.2, 12);
  });

  it('decreasingTail looks at the last three points only', () => {
    expect(decreasingTail([1, 2, 0.9, 0.5, 0.2])).toBe(true);
    expect(decreasingTail([1, 0.5, 0.3, 0.31])).toBe(false);
  });
});

describe('hierpoly suite at the smoke tier (every available backend among cpu, wasm, webgpu)', () => {
  beforeAll(async () => {
    available = (await describeBackends(CANDIDATES)).filter((b) => b.available).map((b) => b.name);
    const suites = (await loadSuites(root)).filter((s) => s.spec.name === 'hierpoly-2311.13774');
    runs = await runSuites({ suites, tier: 'smoke', backends: available, seed: 0, outDir: out, workers: 2, root });
  }, 600_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('runs on wasm at least; every claim is skipped below its tier but measured', () => {
    expect(available).toContain('wasm');
    for (const run of runs) {
      expect(run.claims).toHaveLength(6);
      for (const c of run.claims) {
        expect(`${run.backend} ${c.id} ${c.verdict} ${c.reason}`).toMatch(/skipped/);
        expect(c.verdict).toBe('skipped');
        expect(c.reason).toMatch(/below the lowest decidable tier (quick|full)/);
      }
    }
  });

  it('stage 1 finds p for z³/√15 and not for He₂; the three-layer net beats the kernel baseline', () => {
    for (const backend of available) {
      const corr = claimOn(backend, 'hierpoly.feature-corr');
      expect(value(corr.measured)).toBeGreaterThan(0.7);
      expect(Math.abs(value(corr.control?.measured))).toBeLessThan(0.4);
      const learns = claimOn(backend, 'hierpoly.three-layer-learns');
      const floor = claimOn(backend, 'hierpoly.kernel-floor');
      expect(value(floor.measured)).toBeGreaterThan(0.4);
      expect(value(floor.control?.measured)).toBeLessThan(value(floor.measured));
      expect(value(learns.control?.measured)).toBeGreaterThan(0.4);
      const exponent = claimOn(backend, 'hierpoly.feature-exponent');
      expect(exponent.control?.measured?.value ?? null).toBeNull();
      const joint = claimOn(backend, 'hierpoly.joint-training');
      expect(value(joint.measured)).toBeGreaterThan(0);
      expect(value(joint.control?.measured)).toBeGreaterThan(0);
    }
  });

  it('backends agree on the feature correlation within its agreement tolerance', () => {
    const [first, ...rest] = available;
    if (!first) return;
    const ref = claimOn(first, 'hierpoly.feature-corr');
    for (const backend of rest) {
      const c = claimOn(backend, 'hierpoly.feature-corr');
      expect(Math.abs(value(c.measured) - value(ref.measured))).toBeLessThanOrEqual(c.agreement ?? 0);
    }
  });
});
