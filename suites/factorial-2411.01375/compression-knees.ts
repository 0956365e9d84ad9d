import type { CellOutcome } from '@repro/claims';
import type { CompressionRun } from './compression-cell.ts';

export interface SideKnee {
  side: number;
  /** χ̄ of the label. */
  chiBar: number;
  dims: number[];
  /** Mean final 𝓛 over the chosen replicates, per dim. */
  loss: number[];
  /** Smallest d with 𝓛(d) ≤ 0.1·𝓛(smallest d); null when no d of the grid gets there. */
  knee: number | null;
}

/** The knee rule of CLAIMS.md C1.2: the smallest d whose loss is at most a tenth of the loss at the smallest d. */
export const KNEE_FACTOR = 0.1;

/**
 * Per side p (label χ̄ = 3p), the mean final loss per embedding size over the given replicates (a bootstrap
 * passes replicates with repeats) and the knee. Cells of other replicates are ignored.
 */
export function kneesBySide(cells: CellOutcome<CompressionRun>[], replicates: readonly number[]): SideKnee[] {
  const sides = [...new Set(cells.map((c) => Number(c.params.side)))].sort((a, b) => a - b);
  return sides.map((side) => {
    const mine = cells.filter((c) => Number(c.params.side) === side);
    const dims = [...new Set(mine.map((c) => c.output.dim))].sort((a, b) => a - b);
    const loss = dims.map((dim) => {
      const values = replicates.flatMap((r) =>
        mine.filter((c) => c.output.dim === dim && c.replicate === r).map((c) => c.output.loss),
      );
      return values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN;
    });
    const first = loss[0] as number;
    const at = loss.findIndex((l) => l <= KNEE_FACTOR * first);
    return {
      side,
      chiBar: (mine[0] as CellOutcome<CompressionRun>).output.chiBar,
      dims,
      loss,
      knee: at > 0 ? (dims[at] as number) : null,
    };
  });
}

/** The replicate indices present in the cells, sorted. */
export const replicatesOf = (cells: CellOutcome<CompressionRun>[]) =>
  [...new Set(cells.map((c) => c.replicate))].sort((a, b) => a - b);
