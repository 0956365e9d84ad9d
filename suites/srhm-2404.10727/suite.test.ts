import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ClaimResult, loadSuites, type RunResult, runSuites } from '@repro/claims';
import { type BackendName, createRng, describeBackends } from '@repro/tensor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConfigCurves, SeedCurve } from './curves.ts';
import { describeInitial, initialLevel, initialSensitivity } from './initial-sensitivity.ts';
import { worstCorrelation } from './invariance-correlation.ts';
import { sensitivityThreshold } from './log-pairs.ts';
import { crossingSlope, ERROR_THRESHOLD, NON_NEGATIVE, seedStatistic } from './scaling-statistic.ts';
import { configKey, type SrhmPoint, type SrhmRun } from './srhm-cell.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'srhm-smoke-'));
const CANDIDATES: BackendName[] = ['cpu', 'wasm', 'webgpu'];
const IDS = [
  'srhm.cnn-slope-l2',
  'srhm.cnn-collapse-l2',
  'srhm.invariance',
  'srhm.invariance-correlation',
  'srhm.sparsity-b-slope',
  'srhm.rhm-slope',
  'srhm.rhm-prefactor',
  'srhm.cnn-slope-l3',
  'srhm.lcn-slope-l3',
  'srhm.lcn-cnn-gap',
];
const random = () => {
  const rng = createRng(1);
  return () => rng.uniform();
};
let runs: RunResult[] = [];
let available: BackendName[] = [];

const claimOn = (backend: BackendName, id: string): ClaimResult => {
  const claim = runs.find((r) => r.backend === backend)?.claims.find((c) => c.id === id);
  if (!claim) throw new Error(`no result for ${id} on ${backend}`);
  return claim;
};

/** A planted CNN configuration at L = 2, v = 3. */
const plantedConfig = (s0: number, curves: ConfigCurves['curves']): ConfigCurves => ({
  key: `s0=${s0}`,
  s0,
  v: 3,
  depth: 2,
  net: 'cnn',
  curves,
});

/** Planted error curves: a sigmoid in log P falling through 10% at P* = a·(s0+1)^b, with seed jitter. */
function planted(b: number, jitter: number[]): ConfigCurves[] {
  const xs = Array.from({ length: 16 }, (_, i) => 50 * 1.5 ** i);
  return [1, 2, 4].map((s0) =>
    plantedConfig(s0, {
      error: jitter.map((j, seed) => {
        const pStar = 60 * (s0 + 1) ** b * Math.exp(j * (s0 - 2));
        return { seed, xs, ys: xs.map((x) => 0.6 / (1 + 5 * (x / pStar) ** 3)) };
      }),
      S: [],
      D: [],
    }),
  );
}

/**
 * Planted error and S, D curves for s0 = 1, 2, 4: P* = 60·(s0+1)², P*_S and P*_D = pX(P*); S's first point dips
 * below its 0.4 threshold in half the seeds (seed mean 0.375), as barely trained CNNs do.
 */
function plantedSensitivity(pX: (pStar: number, s0: number) => number, seeds = 4): ConfigCurves[] {
  const xs = Array.from({ length: 16 }, (_, i) => 50 * 1.5 ** i);
  const curve = (p: number, top: number, dip: (seed: number) => number) =>
    Array.from(
      { length: seeds },
      (_, seed): SeedCurve => ({
        seed,
        xs,
        // A sigmoid in log P from `top` down to 0.05, crossing the threshold near p; the first point dips.
        ys: xs.map((x, i) => (i === 0 ? dip(seed) : 0.05 + (top - 0.05) / (1 + (x / p) ** 3))),
      }),
    );
  return [1, 2, 4].map((s0) => {
    const pStar = 60 * (s0 + 1) ** 2;
    const px = pX(pStar, s0);
    return plantedConfig(s0, {
      error: curve(pStar / 1.4, 0.6, () => 0.6),
      S: curve(px / 1.2, 0.5, (seed) => (seed % 2 === 0 ? 0.3 : 0.45)),
      D: curve(px / 1.2, 0.3, () => 0.3),
    });
  });
}

describe('the invariance correlation on planted curves', () => {
  it('is 1 when P*_S and P*_D follow P*, despite S dipping below its threshold at the first point', () => {
    expect(worstCorrelation(plantedSensitivity((p) => p))([0, 1, 2, 3])).toBeGreaterThan(0.99);
    expect(worstCorrelation(plantedSensitivity((p) => 0.8 * p))([0, 1, 2, 3])).toBeGreaterThan(0.99);
  });
  it('is negative when the sensitivities are acquired earlier the harder the task, and NaN below 3 configurations', () => {
    expect(worstCorrelation(plantedSensitivity((_, s0) => 3000 / (s0 + 1)))([0, 1, 2, 3])).toBeLessThan(-0.9);
    expect(worstCorrelation(plantedSensitivity((p) => p).slice(0, 2))([0, 1, 2, 3])).toBeNaN();
  });
});

describe('initialSensitivity and describeInitial', () => {
  const params = (s0: number, perClass: number) => ({ net: 'cnn', depth: 2, s0, v: 3, sparsity: 'A', perClass });
  const point = (S0: number, D0: number | null): SrhmPoint => ({
    P: 0,
    bestTestError: 0.5,
    finalTestError: 0.5,
    epochs: 10,
    converged: false,
    restarts: 0,
    dead: false,
    finalTrainLoss: 1,
    S: 0.3,
    D: 0.3,
    S0,
    D0,
    lr: 1,
    seconds: 1,
  });
  const cell = (s0: number, perClass: number, replicate: number, S0: number, D0: number | null) => ({
    params: params(s0, perClass),
    replicate,
    seed: replicate,
    output: { points: [point(S0, D0)] } as SrhmRun,
  });
  it('averages each seed over its training sizes and counts the seeds that start at or below the threshold', () => {
    const cells = [
      cell(1, 16, 0, 0.6, 0.7),
      cell(1, 24, 0, 0.5, 0.5),
      cell(1, 16, 1, 0.38, 0.6),
      cell(1, 24, 1, 0.4, 0.6),
      cell(2, 36, 0, 0.7, 0.8),
    ];
    const init = initialSensitivity(cells);
    const s1 = init.get(configKey(params(1, 16)));
    expect(s1?.S[0]).toBeCloseTo(0.55, 12);
    expect(s1?.S[1]).toBeCloseTo(0.39, 12);
    expect(s1?.D).toEqual([0.6, 0.6]);
    expect(initialLevel(s1?.S, 'mean')).toBe(0.47);
    expect(initialLevel(s1?.S, 'lowest')).toBe(0.39);
    expect(initialLevel([], 'mean')).toBeNull();
    const configs = [1, 2].map((s0) => ({ key: configKey(params(s0, 16)), net: 'cnn', depth: 2 }));
    expect(describeInitial(configs, init, sensitivityThreshold)).toBe(
      'untrained S_{2,1} 0.39–0.70 (seed means; threshold 0.4; 1 of 3 at or below it); ' +
        'untrained D_{2,1} 0.60–0.80 (seed means; threshold 0.2; 0 of 3 at or below it)',
    );
  });
});

describe('seedStatistic(…, support)', () => {
  it('cuts the interval to the statistic’s range, so a value at its edge can lie inside a band starting there', () => {
    // |mean| of per-seed values scattered around 0.05: the symmetric interval reaches below 0, which no |·| can.
    const perSeed = [0.3, -0.2, 0.25, -0.15, 0.1, -0.05];
    const absMean = (seeds: number[]) => Math.abs(seeds.reduce((a, s) => a + (perSeed[s] as number), 0) / seeds.length);
    const seeds = [0, 1, 2, 3, 4, 5];
    const open = seedStatistic(seeds, absMean, random());
    const cut = seedStatistic(seeds, absMean, random(), undefined, NON_NEGATIVE);
    expect(open.interval?.[0]).toBeLessThan(0);
    expect(cut.interval?.[0]).toBe(0);
    expect(cut.interval?.[1]).toBe(open.interval?.[1]);
    expect(cut.value).toBeCloseTo(0.0417, 3);
  });
});

describe('the P* slope statistic on planted curves', () => {
  it('recovers slope 2 and slope 3 within its interval, and is null when a curve never crosses', () => {
    for (const b of [2, 3]) {
      const configs = planted(b, [0.05, -0.04, 0.01]);
      const stat = seedStatistic(
        [0, 1, 2],
        crossingSlope(configs, (c) => c.s0 + 1, 'error', ERROR_THRESHOLD),
        random(),
      );
      expect(stat.value).toBeCloseTo(b, 0);
      expect(stat.interval?.[0]).toBeLessThan(b);
      expect(stat.interval?.[1]).toBeGreaterThan(b);
      expect((stat.interval?.[1] ?? 0) - (stat.interval?.[0] ?? 0)).toBeLessThan(0.6);
    }
    const flat = planted(2, [0, 0, 0]).map((c) => ({
      ...c,
      curves: { ...c.curves, error: c.curves.error.map((k) => ({ ...k, ys: k.ys.map(() => 0.6) })) },
    }));
    const none = seedStatistic(
      [0, 1, 2],
      crossingSlope(flat, (c) => c.s0 + 1, 'error', ERROR_THRESHOLD),
      random(),
    );
    expect(none.value).toBeNull();
  });
});

describe('srhm suite at the smoke tier (every available backend among cpu, wasm, webgpu)', () => {
  beforeAll(async () => {
    available = (await describeBackends(CANDIDATES)).filter((b) => b.available).map((b) => b.name);
    const suites = (await loadSuites(root)).filter((s) => s.spec.name === 'srhm-2404.10727');
    runs = await runSuites({ suites, tier: 'smoke', backends: available, seed: 0, outDir: out, workers: 2, root });
  }, 600_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('runs on wasm at least, and decides nothing below the quick tier', () => {
    expect(available).toContain('wasm');
    for (const run of runs) {
      expect(run.claims.map((c) => c.id)).toEqual(IDS);
      for (const c of run.claims) {
        expect(c.verdict).toBe('skipped');
        expect(c.reason).toMatch(/below the lowest decidable tier (quick|full)/);
      }
    }
  });

  it('measures seed-averaged test errors in (0, 1) on both s0 values, with no 10% crossing at smoke sizes', () => {
    for (const backend of available) {
      const c = claimOn(backend, 'srhm.cnn-collapse-l2');
      const series = c.plot?.series ?? [];
      expect(series.map((s) => s.name)).toEqual(['cnn L=2 s0=1 v=3 A', 'cnn L=2 s0=2 v=3 A']);
      for (const s of series) {
        expect(s.points.length).toBe(2);
        for (const p of s.points) {
          expect(p.y).toBeGreaterThan(0.1);
          expect(p.y).toBeLessThan(1);
        }
      }
      // P ≪ P* at smoke sizes: the 10% crossing does not exist, so nothing is measured.
      expect(c.measured?.value ?? null).toBeNull();
      expect(c.control?.measured?.value ?? null).toBeNull();
    }
  });

  it('measures S_{2,1} and D_{2,1} as finite, positive normalized distances (D only for s0 > 0)', () => {
    for (const backend of available) {
      const c = claimOn(backend, 'srhm.invariance');
      const series = c.plot?.series ?? [];
      const sens = series.filter((s) => /: [SD]_\{2,1\}$/.test(s.name));
      expect(sens.length).toBe(4);
      for (const s of sens) {
        for (const p of s.points) {
          expect(p.y).toBeGreaterThan(0.01);
          expect(p.y).toBeLessThan(3);
        }
      }
    }
  });

  it('reports S_{2,1} and D_{2,1} of the untrained nets next to the thresholds, and draws the thresholds', () => {
    for (const backend of available) {
      const c = claimOn(backend, 'srhm.invariance');
      const table = (c.detail as { table?: Record<string, unknown>[] } | undefined)?.table ?? [];
      expect(table.length).toBe(2);
      for (const row of table) {
        expect(row.thresholdS).toBe(0.4);
        expect(row.untrainedS).toBeGreaterThan(0.05);
        expect(row.untrainedS).toBeLessThan(3);
        expect(row.untrainedD).toBeGreaterThan(0.05);
      }
      expect(c.note).toMatch(
        /untrained S_\{2,1\} \d\.\d\d–\d\.\d\d \(seed means; threshold 0\.4; \d of 2 at or below it\)/,
      );
      expect((c.plot?.lines ?? []).map((l) => l.name)).toEqual([
        'ε = 10%',
        'S_{2,1} threshold 0.4',
        'D_{2,1} threshold 0.2',
      ]);
    }
  });

  it('trains the L = 3 LCN and CNN and the RHM cells (their error curves exist on every backend)', () => {
    for (const backend of available) {
      for (const id of ['srhm.lcn-slope-l3', 'srhm.rhm-slope']) {
        const points = claimOn(backend, id).plot?.series[0]?.points ?? [];
        expect(points).toEqual([]);
      }
      const table = (claimOn(backend, 'srhm.lcn-cnn-gap').detail as { table: { config: string; status: string }[] })
        .table;
      expect(table.map((r) => r.config)).toEqual([
        'lcn L=3 s0=0 v=3 A',
        'lcn L=3 s0=1 v=3 A',
        'cnn L=3 s0=0 v=3 A',
        'cnn L=3 s0=1 v=3 A',
      ]);
      for (const r of table) expect(r.status).toBe('never');
    }
  });
});
