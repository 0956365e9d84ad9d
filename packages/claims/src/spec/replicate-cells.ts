import type { CellParams, CellSpec } from './claim-spec.ts';

/**
 * The usual cell grid: for the claim and then its control, each parameter set (in order) repeated
 * `replicates` times. Both arms get the same grid, so the control is measured exactly like the claim.
 * `seedFrom` names the params that choose the seed (see CellSpec): the others are swept on the same draw.
 */
export function replicateCells(
  replicates: number,
  grid: CellParams[] = [{}],
  seedFrom?: readonly string[],
): CellSpec[] {
  return (['claim', 'control'] as const).flatMap((arm) =>
    grid.flatMap((params) =>
      Array.from({ length: replicates }, (_, replicate) => ({
        arm,
        params,
        replicate,
        ...(seedFrom ? { seedFrom } : {}),
      })),
    ),
  );
}
