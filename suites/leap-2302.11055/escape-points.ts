import type { CellOutcome } from '@repro/claims';
import { fastestLearningRate } from '@repro/task-leap';
import type { EscapeRun } from './escape-cell.ts';

export interface EscapePoints {
  /** (d, samples to escape, seed) at the lr chosen for each d. */
  points: { x: number; y: number; seed: number }[];
  /** The lr chosen per d (null: no lr escaped in most seeds). */
  lrs: { d: number; lr: number | null; medians: { lr: number; escaped: number; diverged: number; runs: number }[] }[];
  /** Runs at a chosen lr that did not escape (they make the slope undefined). */
  missing: { d: number; lr: number; replicate: number }[];
}

/** Applies the per-d rule (fastest median escape among the lrs where no seed diverged) and keeps the seeds' escapes at that lr. */
export function escapePoints(cells: readonly CellOutcome<EscapeRun>[]): EscapePoints {
  const dims = [...new Set(cells.map((c) => c.output.d))].sort((a, b) => a - b);
  const out: EscapePoints = { points: [], lrs: [], missing: [] };
  for (const d of dims) {
    const atD = cells.filter((c) => c.output.d === d);
    const lrs = [...new Set(atD.map((c) => c.output.lr))].sort((a, b) => b - a);
    const trials = lrs.map((lr) => {
      const at = atD.filter((c) => c.output.lr === lr);
      return { lr, escapes: at.map((c) => c.output.escape), diverged: at.filter((c) => c.output.diverged).length };
    });
    const lr = fastestLearningRate(trials);
    out.lrs.push({
      d,
      lr,
      medians: trials.map((t) => ({
        lr: t.lr,
        escaped: t.escapes.filter((e) => e !== null).length,
        diverged: t.diverged,
        runs: t.escapes.length,
      })),
    });
    if (lr === null) continue;
    for (const c of atD.filter((c) => c.output.lr === lr)) {
      if (c.output.escape === null) out.missing.push({ d, lr, replicate: c.replicate });
      else out.points.push({ x: d, y: c.output.escape, seed: c.replicate });
    }
  }
  return out;
}
