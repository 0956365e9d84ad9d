import type { CellOutcome } from '@repro/claims';
import { ols } from '@repro/claims';
import type { EscapeRun } from './escape-cell.ts';

/**
 * Diagnostic only (not the claim statistic): the pooled log-log slope of samples to escape against d at each
 * single lr of the grid that escaped at every d in every seed, to show how much the per-d lr choice moves it.
 */
export function fixedLearningRateSlopes(cells: readonly CellOutcome<EscapeRun>[]): { lr: number; slope: number }[] {
  const lrs = [...new Set(cells.map((c) => c.output.lr))].sort((a, b) => b - a);
  return lrs.flatMap((lr) => {
    const at = cells.filter((c) => c.output.lr === lr);
    if (at.length === 0 || at.some((c) => c.output.escape === null)) return [];
    const fit = ols(
      at.map((c) => Math.log(c.output.d)),
      at.map((c) => Math.log(c.output.escape as number)),
    );
    return [{ lr, slope: Number(fit.slope.toFixed(3)) }];
  });
}
