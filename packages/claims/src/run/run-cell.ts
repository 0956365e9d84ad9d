import { pathToFileURL } from 'node:url';
import { type Backend, type BackendName, createBackend, createRng } from '@repro/tensor';
import type { SuiteSpec } from '../spec/claim-spec.ts';
import type { CellTask, CellTaskResult } from './cell-task.ts';
import { isDiverged } from './diverged.ts';

/** Per-worker caches: the imported suite modules and the one backend this worker created. */
const suites = new Map<string, Promise<SuiteSpec>>();
let backend: { name: BackendName; ready: Promise<Backend> } | undefined;

function loadSuite(path: string): Promise<SuiteSpec> {
  let suite = suites.get(path);
  if (!suite) {
    suite = import(pathToFileURL(path).href).then((m: { default: SuiteSpec }) => m.default);
    suites.set(path, suite);
  }
  return suite;
}

function backendFor(name: BackendName): Promise<Backend> {
  if (backend?.name !== name) backend = { name, ready: createBackend(name) };
  return backend.ready;
}

/** Releases this worker's backend (destroys a GPU device), so the thread can end cleanly. */
export async function releaseBackend(): Promise<void> {
  const current = backend;
  backend = undefined;
  if (current) await (await current.ready.catch(() => undefined))?.dispose();
}

/** Runs one cell; never throws: a failure comes back as an error result with its message, a Diverged as diverged. */
export async function runCell(task: CellTask): Promise<CellTaskResult> {
  const started = performance.now();
  try {
    const suite = await loadSuite(task.suitePath);
    const claim = suite.claims.find((c) => c.id === task.claimId);
    if (!claim) throw new Error(`claim ${task.claimId} not in ${task.suitePath}`);
    const output = await claim.run(task.cell, {
      seed: task.seed,
      rng: createRng(task.seed),
      tier: task.tier,
      backendName: task.backend,
      backend: () => backendFor(task.backend),
    });
    return { status: 'ok', output, durationMs: performance.now() - started };
  } catch (error) {
    const durationMs = performance.now() - started;
    if (isDiverged(error))
      return { status: 'diverged', step: error.step, loss: error.loss, error: error.message, durationMs };
    const message = error instanceof Error ? error.message : String(error);
    return { status: 'error', error: message, durationMs: performance.now() - started };
  }
}
