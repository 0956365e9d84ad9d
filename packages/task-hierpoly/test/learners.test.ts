import { createBackend } from '@repro/tensor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jointTraining, layerwiseRun } from '../src/index.ts';

let backend: Awaited<ReturnType<typeof createBackend>>;
beforeAll(async () => {
  backend = await createBackend('wasm');
});
afterAll(() => backend?.dispose());

const base = {
  d: 8,
  k: 2,
  multipliers: [1, 4, 32],
  width: 192,
  lambdas: [1e-4, 1e-2, 1],
  testSize: 1000,
  validationSize: 500,
  kernelCap: 300,
} as const;

describe('layer-wise three-layer network', () => {
  it('stage 1 recovers p when E[g′] ≠ 0 and the predictor beats the baselines at the largest n', async () => {
    const run = await layerwiseRun(backend.tf, { ...base, link: 'cube', baselines: true }, 1);
    const [low, , high] = run.points;
    expect(run.points.map((p) => p.n)).toEqual([64, 256, 2048]);
    expect(high?.corr).toBeGreaterThan(0.85);
    expect(high?.corr).toBeGreaterThan(low?.corr ?? 1);
    expect(high?.nmse).toBeLessThan(0.6);
    expect(high?.rfNmse).toBeGreaterThan(high?.nmse ?? 1);
    expect(run.kernel?.n).toBe(300);
    expect(run.kernel?.nmse).toBeGreaterThan(0.4);
  });

  it('finds nothing along p for the even link He₂ (E[g′] = 0, P₂h ⟂ p)', async () => {
    const run = await layerwiseRun(backend.tf, { ...base, link: 'he2', baselines: false }, 1);
    for (const p of run.points) expect(Math.abs(p.corr)).toBeLessThan(0.3);
    expect(run.kernel).toBeNull();
    expect(run.points.every((p) => p.rfNmse === null)).toBe(true);
  });

  it('is a pure function of its seed', async () => {
    const config = { ...base, multipliers: [4], link: 'cube' as const, baselines: false };
    const a = await layerwiseRun(backend.tf, config, 7);
    const b = await layerwiseRun(backend.tf, config, 7);
    expect(a.points[0]?.corr).toBe(b.points[0]?.corr);
    expect(a.points[0]?.nmse).toBe(b.points[0]?.nmse);
  });
});

describe('joint training', () => {
  it('all layers: the training NMSE falls well below 1; readout only stays above it', async () => {
    const config = {
      d: 6,
      k: 2,
      link: 'cube' as const,
      n: 512,
      widths: [64, 16] as [number, number],
      epochs: 30,
      batch: 64,
      lr: 0.003,
      testSize: 500,
      evalEvery: 10,
    };
    const all = await jointTraining(backend.tf, { ...config, train: 'all' }, 2);
    const readout = await jointTraining(backend.tf, { ...config, train: 'readout' }, 2);
    expect(all.curve.map((c) => c.epoch)).toEqual([0, 10, 20, 30]);
    expect(all.trainNmse).toBeLessThan(0.5);
    expect(readout.trainNmse).toBeGreaterThan(all.trainNmse);
    expect(all.curve[0]?.nmse).toBe(readout.curve[0]?.nmse);
  });
});
