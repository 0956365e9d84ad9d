import type { Workload } from '../workload.ts';
import { conv1dPatchesStep } from './conv1d-patches-step.ts';
import { denseCustom, denseStock } from './dense-step.ts';
import { embeddingStep } from './embedding-step.ts';
import { factorialStep, factorialStepFusedCe } from './factorial-step.ts';
import { matMul, matMulTransposed } from './mat-mul.ts';
import { ridgeSolve } from './ridge-solve.ts';
import { subspacePass } from './subspace-pass.ts';

/** Every workload, in table order: kernels, then the training steps of suites' models (by name). */
export const WORKLOADS: readonly Workload[] = Object.freeze([
  matMul,
  matMulTransposed,
  denseCustom,
  denseStock,
  conv1dPatchesStep,
  embeddingStep,
  subspacePass,
  ridgeSolve,
  factorialStep,
  factorialStepFusedCe,
]);

/** The workload named `name`; throws with the known names otherwise. */
export function workloadNamed(name: string): Workload {
  const found = WORKLOADS.find((w) => w.name === name);
  if (!found) throw new Error(`unknown workload '${name}' (known: ${WORKLOADS.map((w) => w.name).join(', ')})`);
  return found;
}
