import type { CellContext, CellOutcome, CellSpec, Json } from '@repro/claims';
import { isLinkName, type LayerwiseRun, layerwiseRun } from '@repro/task-hierpoly';

/** λ grid of stage 1 and the baselines (relative to the mean Gram diagonal), chosen on a validation set. */
export const LAMBDAS = [1e-4, 1e-3, 1e-2, 1e-1, 1] as const;

export type LayerwiseOutput = LayerwiseRun & Json;

/** One seed's layer-wise learning curve (and baselines when asked) for the cell's (k, d, link). */
export async function runLayerwise(cell: CellSpec, ctx: CellContext): Promise<LayerwiseOutput> {
  const p = cell.params;
  const link = String(p.link);
  if (!isLinkName(link)) throw new Error(`hierpoly: unknown link ${link}`);
  const { tf } = await ctx.backend();
  const run = await layerwiseRun(
    tf,
    {
      d: Number(p.d),
      k: Number(p.k),
      link,
      multipliers: String(p.grid).split(',').map(Number),
      width: Number(p.width),
      lambdas: LAMBDAS,
      testSize: Number(p.test),
      validationSize: Number(p.validation),
      baselines: p.baselines === true,
      kernelCap: Number(p.kernelCap),
    },
    ctx.seed,
  );
  return run as LayerwiseOutput;
}

/** The curve point of a cell at n = multiplier·d^k. */
export function pointAt(cell: CellOutcome<LayerwiseOutput>, multiplier: number) {
  const n = Math.round(multiplier * Number(cell.params.d) ** Number(cell.params.k));
  const point = cell.output.points.find((q) => q.n === n);
  if (!point) throw new Error(`hierpoly: no point at n = ${n} in cell d = ${cell.params.d}`);
  return point;
}

/** Cells of one arm for the given (k, link, dims), each replicated over the tier's seeds. */
export function curveCells(
  arm: CellSpec['arm'],
  params: (d: number) => CellSpec['params'],
  dims: readonly number[],
  seeds: number,
): CellSpec[] {
  return dims.flatMap((d) => Array.from({ length: seeds }, (_, replicate) => ({ arm, params: params(d), replicate })));
}
