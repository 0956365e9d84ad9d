import type { CellContext, CellOutcome, CellSpec, Json } from '@repro/claims';
import { type BaselineResult, type TransitionPoint, transitionCurve } from '@repro/task-spectral';
import { KERNEL_LAMBDAS, RF_LAMBDAS } from './sizes.ts';

export type CurveOutput = { points: TransitionPoint[]; baselines: BaselineResult | null } & Json;

/** One seed's spectral-estimator learning curve over the cell's α grid. */
export async function runCurve(cell: CellSpec, ctx: CellContext): Promise<CurveOutput> {
  const p = cell.params;
  const { tf } = await ctx.backend();
  const cap = Number(p.kernelCap ?? 0);
  const { points, baselines } = await transitionCurve(
    tf,
    {
      teacher: { d: Number(p.d), eps: Number(p.eps), bMode: 'powerlaw', gamma: Number(p.gamma), link: 'id' },
      model: p.model === 'gauss' ? 'gauss' : 'true',
      alphas: String(p.alphas).split(',').map(Number),
      testSize: Number(p.test),
      shuffle: p.shuffle === true,
      oversample: Number(p.oversample),
      iters: Number(p.iters),
      ...(cap > 0
        ? { baselines: { cap, lambdas: KERNEL_LAMBDAS, rfWidth: Number(p.rfWidth), rfLambdas: RF_LAMBDAS } }
        : {}),
    },
    ctx.seed,
  );
  return { points, baselines } as CurveOutput;
}

/** Cells with the given (d, model, shuffle), ordered by replicate. */
export function select(cells: CellOutcome<CurveOutput>[], d: number, model: string, shuffle: boolean) {
  return cells
    .filter((c) => Number(c.params.d) === d && c.params.model === model && c.params.shuffle === shuffle)
    .sort((a, b) => a.replicate - b.replicate);
}

/** Seed-mean NMSE per α of a group of curves (all on one α grid). */
export function meanCurve(cells: CellOutcome<CurveOutput>[]): { alphas: number[]; nmse: number[] } {
  const first = cells[0]?.output.points ?? [];
  return {
    alphas: first.map((p) => p.alpha),
    nmse: first.map((_, i) => cells.reduce((s, c) => s + (c.output.points[i]?.nmse ?? Number.NaN), 0) / cells.length),
  };
}
