import { type Backend, createBackend } from '@repro/tensor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HierarchyExperiment, runHierarchyExperiment } from '../src/index.ts';

let backend: Backend;
beforeAll(async () => {
  backend = await createBackend('cpu');
});
afterAll(async () => {
  await backend.dispose();
});

const experiment = (baseLr?: number): HierarchyExperiment => ({
  params: { v: 3, classes: 3, m: 3, s: 2, depth: 2, s0: 1, sparsity: 'A' },
  net: 'cnn',
  width: 16,
  trainPerClass: 8,
  poolTrainPerClass: 8,
  testPerClass: 20,
  sensitivityPerClass: 10,
  maxEpochs: 10,
  shuffleLabels: false,
  ...(baseLr === undefined ? {} : { baseLr }),
});

describe('runHierarchyExperiment: sensitivities at initialization (cpu)', () => {
  it('measures S_{2,1} and D_{2,1} of the untrained net on the copies the trained net is measured on', async () => {
    const tf = backend.tf;
    // lr 0: the net never moves, so the sensitivities of the best net are those at initialization.
    const frozen = await runHierarchyExperiment(tf, experiment(0), 7, 11);
    expect(frozen.initialSynonymSensitivity).toBeGreaterThan(0.05);
    expect(frozen.initialSynonymSensitivity).toBeLessThan(1.5);
    expect(frozen.initialDiffeoSensitivity).toBeGreaterThan(0.05);
    expect(frozen.synonymSensitivity).toBeCloseTo(frozen.initialSynonymSensitivity, 6);
    expect(frozen.diffeoSensitivity).toBeCloseTo(frozen.initialDiffeoSensitivity, 6);
    // Trained with the table's lr from the same init: the same values at init, different ones after training.
    const trained = await runHierarchyExperiment(tf, experiment(), 7, 11);
    expect(trained.initialSynonymSensitivity).toBe(frozen.initialSynonymSensitivity);
    expect(trained.initialDiffeoSensitivity).toBe(frozen.initialDiffeoSensitivity);
    expect(Math.abs(trained.synonymSensitivity - trained.initialSynonymSensitivity)).toBeGreaterThan(1e-3);
  });
});
