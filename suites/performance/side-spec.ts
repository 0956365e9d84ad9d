import { join } from 'node:path';
import { findTorchPython, openTfjsSide, openTorchSide, type TimingSide, TORCH_CONFIGS } from '@repro/bench';
import { poolThreadDefaults } from '@repro/claims';
import type { BackendName } from '@repro/tensor';

/**
 * Where one side of a comparison runs: a tfjs backend (with extra environment) or the PyTorch reference.
 * An `optional` side that cannot open here (e.g. wasm-blas without libopenblas) leaves its group, with
 * the reason kept in the cell; a group with no side left fails the cell.
 */
export type SideSpec =
  | { kind: 'tfjs'; backend: BackendName; label?: string; env?: Record<string, string>; optional?: boolean }
  | { kind: 'torch'; config: string; optional?: boolean };

const ROOT = join(import.meta.dirname, '..', '..');

export const sideLabel = (s: SideSpec) => (s.kind === 'torch' ? `torch:${s.config}` : (s.label ?? s.backend));

/**
 * Opens the side; a torch side throws with the reason when no python imports torch here. Sides run at their
 * default thread counts (the cores): the cell runs alone (the suite is serial), so the per-worker share of the
 * cores that the cell pool sets is undone for the sides.
 */
export async function openSide(spec: SideSpec): Promise<TimingSide> {
  const threads = poolThreadDefaults();
  if (spec.kind === 'tfjs') return openTfjsSide(spec.backend, sideLabel(spec), { ...threads, ...(spec.env ?? {}) });
  const config = TORCH_CONFIGS.find((c) => c.name === spec.config);
  if (!config) throw new Error(`unknown torch configuration ${spec.config}`);
  const found = findTorchPython();
  if ('reason' in found) throw new Error(`torch reference unavailable: ${found.reason}`);
  return openTorchSide(found.python, join(ROOT, 'scripts', 'torch', 'bench.py'), config, threads);
}

/** Both torch configurations: a group whose best (lower median) per round is the reference. */
export const TORCH_BEST: SideSpec[] = TORCH_CONFIGS.map((c) => ({ kind: 'torch', config: c.name }));
