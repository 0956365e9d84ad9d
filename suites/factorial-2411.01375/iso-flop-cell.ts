import type { CellContext, CellSpec, Tier } from '@repro/claims';
import {
  factorizedEmbedding,
  factorizedTask,
  flopsPerToken,
  trainFullBatch,
  unstructuredTask,
} from '@repro/task-factorial';
import { createRng, deriveSeed, samplePermutation } from '@repro/tensor';
import { ALPHA, LR } from './single-pass-cell.ts';
import { UNSEEN } from './unseen-cell.ts';

/**
 * Iso-FLOP (C1.4) grid per tier, fixed before any run. A budget B is counted in passes over all N inputs:
 * F = B·N·F_token (training FLOPs per token, pal's count), so a split γ trains round(B/γ) full-batch epochs,
 * each a dedicated run with its own cosine schedule. The task, model and embedding are the C1.3 ones.
 */
export const ISO_FLOP: Record<Tier, { parents: number[]; splits: number[]; budgets: number[]; replicates: number }> = {
  smoke: { parents: [1], splits: [0.2, 0.9], budgets: [4], replicates: 1 },
  quick: { parents: [1, 3], splits: [0.1, 0.2, 0.4, 0.6, 0.9], budgets: [10, 20, 40, 80], replicates: 3 },
  full: {
    parents: [1, 2, 3, 4],
    splits: [0.05, 0.1, 0.2, 0.4, 0.6, 0.8, 0.9],
    budgets: [5, 10, 20, 40, 80, 160],
    replicates: 10,
  },
};

export type IsoFlopRun = {
  parents: number;
  split: number;
  budget: number;
  /** Training FLOPs of the run, B·N·F_token. */
  flops: number;
  epochs: number;
  /** 𝓛 on the unobserved inputs at the start and at the end. */
  start: number;
  end: number;
};

/**
 * One iso-FLOP run: the C1.3 generalization setting (frozen factorized embedding, soft targets on a fraction
 * γ of the inputs) trained for round(B/γ) epochs. The control arm trains the unstructured task of the same
 * N and M under the same labels.
 */
export async function runIsoFlop(cell: CellSpec, ctx: CellContext): Promise<IsoFlopRun> {
  const size = UNSEEN[ctx.tier];
  const parents = Number(cell.params.parents);
  const split = Number(cell.params.split);
  const budget = Number(cell.params.budget);
  const structured = factorizedTask(
    {
      inputFactors: size.inputFactors,
      outputFactors: size.outputFactors,
      parents: { kind: 'count', count: parents },
      alpha: ALPHA,
    },
    createRng(deriveSeed(ctx.seed, 'task')),
  );
  const task =
    cell.arm === 'claim'
      ? structured
      : unstructuredTask(structured, ALPHA, createRng(deriveSeed(ctx.seed, 'unstructured-task')));
  const observed = samplePermutation(createRng(deriveSeed(ctx.seed, 'split')), task.n)
    .subarray(0, Math.round(split * task.n))
    .sort();
  const epochs = Math.max(1, Math.round(budget / split));
  const { tf } = await ctx.backend();
  const curve = await trainFullBatch(
    tf,
    task,
    {
      dim: size.dim,
      hidden: size.hidden,
      layers: 1,
      epochs,
      lr: LR,
      observed,
      frozenEmbedding: factorizedEmbedding(createRng(deriveSeed(ctx.seed, 'embedding')), task.inputFactors, size.dim),
      evalAt: [0, epochs],
    },
    createRng(deriveSeed(ctx.seed, 'train')),
  );
  const perToken = flopsPerToken({ dim: size.dim, hidden: size.hidden, layers: 1, outputs: task.m });
  return {
    parents,
    split,
    budget,
    flops: budget * task.n * perToken,
    epochs,
    start: curve.test[0] as number,
    end: curve.test.at(-1) as number,
  };
}
