import type { CellOutcome } from '@repro/claims';
import { RECOVERED } from './recovery-sizes.ts';
import type { CurveOutput } from './transition-cell.ts';

/** Seed-mean recovery per α (rows) and direction (columns), on the cells' shared α grid. */
export function meanRecovery(cells: CellOutcome<CurveOutput>[]): { alphas: number[]; n: number[]; r: number[][] } {
  const first = cells[0]?.output.points ?? [];
  return {
    alphas: first.map((p) => p.alpha),
    n: first.map((p) => p.n),
    r: first.map((p, i) =>
      p.recovery.map((_, j) => cells.reduce((s, c) => s + (c.output.points[i]?.recovery[j] ?? 0), 0) / cells.length),
    ),
  };
}

/**
 * α at which direction j's seed-mean recovery first rises through 0.5, linear in α between grid points; the first α
 * when it starts above, +∞ when it never gets there on the grid.
 */
export function crossings(cells: CellOutcome<CurveOutput>[]): number[] {
  const { alphas, r } = meanRecovery(cells);
  const p = r[0]?.length ?? 0;
  return Array.from({ length: p }, (_, j) => {
    for (let i = 0; i < alphas.length; i += 1) {
      const v = r[i]?.[j] as number;
      if (v <= RECOVERED) continue;
      if (i === 0) return alphas[0] as number;
      const u = r[i - 1]?.[j] as number;
      const [a0, a1] = [alphas[i - 1] as number, alphas[i] as number];
      return a0 + ((RECOVERED - u) / (v - u)) * (a1 - a0);
    }
    return Number.POSITIVE_INFINITY;
  });
}

/** Seed-mean number of recovered directions (recovery > 0.5) per α. */
export function recoveredRank(cells: CellOutcome<CurveOutput>[]): number[] {
  const first = cells[0]?.output.points ?? [];
  return first.map(
    (_, i) =>
      cells.reduce((s, c) => s + (c.output.points[i]?.recovery.filter((v) => v > RECOVERED).length ?? 0), 0) /
      cells.length,
  );
}
