import type { CellContext, CellSpec, Tier } from '@repro/claims';
import { factorizedTask, statisticalComplexity, trainSinglePass, unstructuredTask } from '@repro/task-factorial';
import { createRng, deriveSeed } from '@repro/tensor';

/** Single-pass (C1.1) sizes per tier, fixed before any run (CLAIMS.md §1.4 C1.1 scaled config; full = E1). */
export const SINGLE_PASS: Record<
  Tier,
  { outputFactors: number[]; dim: number; hidden: number; batch: number; steps: number; replicates: number }
> = {
  smoke: { outputFactors: [4, 4, 4, 4], dim: 32, hidden: 64, batch: 256, steps: 30, replicates: 1 },
  quick: { outputFactors: [4, 4, 4, 4], dim: 32, hidden: 64, batch: 1024, steps: 600, replicates: 2 },
  full: { outputFactors: [8, 8, 8, 8], dim: 64, hidden: 128, batch: 8192, steps: 1000, replicates: 10 },
};

export const ALPHA = 0.1;
export const LR = 3e-2;

export type SinglePassRun = {
  /** χ of the structured task the cell is labelled with (both arms). */
  chi: number;
  /** χ of the task actually trained on (N·M-scale for the unstructured control). */
  chiTrained: number;
  steps: number[];
  loss: number[];
};

export const factorsText = (factors: readonly number[]) => factors.join('x');
const parseFactors = (text: string) => text.split('x').map(Number);

/**
 * One single-pass run. The claim arm trains on the factorized task of the cell (`factors`, `parents`);
 * the control arm trains on the unstructured task of the same N and M (one input factor of size N, so
 * every output factor depends on the whole input) but keeps the cell's χ as its label.
 */
export async function runSinglePass(cell: CellSpec, ctx: CellContext): Promise<SinglePassRun> {
  const size = SINGLE_PASS[ctx.tier];
  const inputFactors = parseFactors(String(cell.params.factors));
  const structured = factorizedTask(
    {
      inputFactors,
      outputFactors: size.outputFactors,
      parents: { kind: 'count', count: Number(cell.params.parents) },
      alpha: ALPHA,
    },
    createRng(deriveSeed(ctx.seed, 'task')),
  );
  const task =
    cell.arm === 'claim'
      ? structured
      : unstructuredTask(structured, ALPHA, createRng(deriveSeed(ctx.seed, 'unstructured-task')));
  const { tf } = await ctx.backend();
  const curve = await trainSinglePass(
    tf,
    task,
    {
      dim: size.dim,
      hidden: size.hidden,
      layers: 1,
      batch: size.batch,
      steps: size.steps,
      lr: LR,
      evalAt: [0, Math.round(size.steps / 10), Math.round(size.steps / 3), size.steps],
    },
    createRng(deriveSeed(ctx.seed, 'train')),
  );
  return { chi: statisticalComplexity(structured), chiTrained: statisticalComplexity(task), ...curve };
}
