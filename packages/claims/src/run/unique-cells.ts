import type { PlannedCell } from './plan-cells.ts';

/**
 * Each cell once, in plan order, kept as first planned: claims of one cell group plan the same keys, and
 * the first claim of the group (the one it is usually named after) runs and labels the shared cell.
 */
export function uniqueCells(cells: readonly PlannedCell[]): PlannedCell[] {
  const seen = new Set<string>();
  return cells.filter((c) => !seen.has(c.key) && seen.add(c.key) !== undefined);
}
