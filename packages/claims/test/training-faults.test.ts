import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BackendName, describeBackends } from '@repro/tensor';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../src/results/results-file.ts';
import type { LoadedSuite } from '../src/run/loaded-suite.ts';
import { runSuites } from '../src/run/run-suites.ts';
import type { CellRecord } from '../src/store/cell-record.ts';
import training from './fixture/training-suite.ts';

const path = fileURLToPath(new URL('./fixture/training-suite.ts', import.meta.url));
const suite: LoadedSuite = { spec: training, path, code: 'training-v1' };
const root = fileURLToPath(new URL('../../..', import.meta.url));
const CANDIDATES: BackendName[] = ['cpu', 'wasm', 'webgpu'];

describe('1000 training steps on every available backend among cpu, wasm, webgpu', () => {
  let runs: RunResult[] = [];
  let records: CellRecord[] = [];
  const skipped: string[] = [];
  beforeAll(async () => {
    const infos = await describeBackends(CANDIDATES);
    for (const info of infos) if (!info.available) skipped.push(`${info.name}: ${info.reason}`);
    const out = mkdtempSync(join(tmpdir(), 'training-'));
    const backends = infos.filter((i) => i.available).map((i) => i.name);
    runs = await runSuites({ suites: [suite], tier: 'smoke', backends, seed: 0, outDir: out, workers: 2, root });
    records = readFileSync(join(out, 'cells.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as CellRecord);
    if (skipped.length > 0) console.info(`backends not available here: ${skipped.join('; ')}`);
  }, 900_000);

  it('keeps the live tensor count constant (the planted leak of the control grows it by exactly 100)', () => {
    expect(runs.map((r) => r.backend)).toContain('wasm');
    for (const run of runs) {
      const claim = run.claims.find((c) => c.id === 'training.no-leak');
      expect(claim?.verdict, run.backend).toBe('pass');
      expect(claim?.measured).toEqual({ value: 0, interval: [0, 0] });
      expect(claim?.control?.measured).toEqual({ value: 100, interval: [100, 100] });
      const trace = records.find(
        (r) => r.backend === run.backend && r.claim === 'training.no-leak' && r.arm === 'claim',
      );
      const counts = trace?.status === 'ok' ? (trace.output as { tensors: number[] }).tensors : [];
      expect(counts).toHaveLength(11);
      console.info(`${run.backend}: live tensors after steps 1, 100, …, 1000: ${counts.join(' ')}`);
      expect(new Set(counts).size).toBe(1);
    }
  });

  it('records SGD with lr 100 as diverged with its step and makes the claim an error on every backend', () => {
    for (const run of runs) {
      const claim = run.claims.find((c) => c.id === 'training.huge-step');
      expect(claim?.verdict, run.backend).toBe('error');
      expect(claim?.reason).toMatch(
        /^cell claim \{"lr":100,"sgd":true,"steps":1000\}: diverged at step \d+ \(loss (NaN|Infinity)\); 1 of 2 cells/,
      );
      const record = records.find(
        (r) => r.backend === run.backend && r.claim === 'training.huge-step' && r.arm === 'claim',
      );
      expect(record?.status).toBe('diverged');
      expect(record?.status === 'diverged' && record.step).toBeGreaterThan(0);
      console.info(`${run.backend}: ${claim?.reason}`);
    }
  });
});
