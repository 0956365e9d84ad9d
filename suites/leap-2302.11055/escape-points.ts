import { type CellOutcome, median } from '@repro/claims';
import { type LearningRateTrial, largestStableLearningRate } from '@repro/task-leap';
import type { EscapeRun } from './escape-cell.ts';

export interface EscapePoints {
  /** The one lr used at every d (null: no ladder lr had every pilot escape without divergence). */
  lr: number | null;
  /** The pilot trials at the largest d that chose it. */
  pilots: { d: number; lr: number; escapes: (number | null)[]; diverged: number }[];
  /** (d, samples to escape, seed) of the measured seeds at that lr. */
  points: { x: number; y: number; seed: number }[];
  /** Median samples to escape of the measured seeds per d at that lr (null: some seed did not escape). */
  medians: { d: number; median: number | null }[];
  /** Measured runs at that lr that did not escape (diverged or out of budget): they make the slope undefined. */
  missing: { d: number; lr: number; replicate: number; diverged: boolean }[];
}

/** Per ladder lr (largest first): the escapes and divergences of the cells run at it. */
export const trialsOf = (cells: readonly CellOutcome<EscapeRun>[]): LearningRateTrial[] => {
  const lrs = [...new Set(cells.map((c) => c.output.lr))].sort((a, b) => b - a);
  return lrs.map((lr) => {
    const at = cells.filter((c) => c.output.lr === lr);
    return { lr, escapes: at.map((c) => c.output.escape), diverged: at.filter((c) => c.output.diverged).length };
  });
};

/**
 * The lr rule of the suite (one lr per target): the largest ladder lr at which every pilot seed at the grid's
 * largest d escaped without diverging; the fitted points are the measured (non-pilot) seeds at that lr at
 * every d of the grid.
 */
export function escapePoints(cells: readonly CellOutcome<EscapeRun>[]): EscapePoints {
  const pilotCells = cells.filter((c) => c.output.pilot);
  const measured = cells.filter((c) => !c.output.pilot);
  const pilotTrials = trialsOf(pilotCells);
  const pilotD = Math.max(...pilotCells.map((c) => c.output.d));
  const lr = largestStableLearningRate(pilotTrials);
  const out: EscapePoints = {
    lr,
    pilots: pilotTrials.map((t) => ({ d: pilotD, ...t })),
    points: [],
    medians: [],
    missing: [],
  };
  if (lr === null) return out;
  const dims = [...new Set(measured.map((c) => c.output.d))].sort((a, b) => a - b);
  for (const d of dims) {
    const at = measured.filter((c) => c.output.d === d && c.output.lr === lr);
    const ys: number[] = [];
    for (const c of at) {
      if (c.output.escape === null) out.missing.push({ d, lr, replicate: c.replicate, diverged: c.output.diverged });
      else {
        out.points.push({ x: d, y: c.output.escape, seed: c.replicate });
        ys.push(c.output.escape);
      }
    }
    out.medians.push({ d, median: ys.length < at.length || ys.length === 0 ? null : Math.round(median(ys)) });
  }
  return out;
}

/** "lr 0.05 (pilots at d = 32: 0.2 2/2 diverged, 0.1 1/2 diverged, 0.05 2/2 escaped, …)" */
export function describeLearningRate(p: EscapePoints): string {
  const pilots = p.pilots
    .map((t) => {
      const escaped = t.escapes.filter((e) => e !== null).length;
      return `${t.lr}: ${t.diverged ? `${t.diverged}/${t.escapes.length} diverged` : `${escaped}/${t.escapes.length} escaped`}`;
    })
    .join(', ');
  return `lr ${p.lr ?? 'none'} (pilots at d = ${p.pilots[0]?.d ?? '?'}: ${pilots})`;
}
