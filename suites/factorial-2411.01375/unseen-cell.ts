import type { CellContext, CellSpec, Tier } from '@repro/claims';
import {
  factorizedEmbedding,
  factorizedTask,
  type ParentRule,
  statisticalComplexity,
  trainFullBatch,
  unstructuredTask,
} from '@repro/task-factorial';
import { createRng, deriveSeed, samplePermutation } from '@repro/tensor';
import { ALPHA, LR } from './single-pass-cell.ts';

/**
 * The γ sweep is paired as in pal, where a run's seed fixes the task and the permutation whose first γN inputs
 * are observed: cells of one (parents, seed) share the task, the embedding, the init and the permutation, so
 * their observed sets are nested in γ.
 */
export const UNSEEN_SEED_FROM = ['parents'] as const;

/** Generalization (C1.3) sizes per tier, fixed before any run (CLAIMS.md §1.4 C1.3 scaled config; full = E3). */
export const UNSEEN: Record<
  Tier,
  {
    inputFactors: number[];
    outputFactors: number[];
    dim: number;
    hidden: number;
    epochs: number;
    split: number;
    replicates: number;
  }
> = {
  smoke: {
    inputFactors: Array(8).fill(2),
    outputFactors: [4, 4, 4, 4],
    dim: 32,
    hidden: 64,
    epochs: 30,
    split: 0.9,
    replicates: 1,
  },
  quick: {
    inputFactors: Array(8).fill(2),
    outputFactors: [4, 4, 4, 4],
    dim: 32,
    hidden: 64,
    epochs: 1000,
    split: 0.9,
    replicates: 3,
  },
  full: {
    inputFactors: Array(12).fill(2),
    outputFactors: [8, 8, 8, 8],
    dim: 32,
    hidden: 64,
    epochs: 1000,
    split: 0.9,
    replicates: 10,
  },
};

export type UnseenRun = {
  chi: number;
  chiTrained: number;
  observed: number;
  epochs: number[];
  train: number[];
  test: number[];
};

function parentRule(params: CellSpec['params']): ParentRule {
  return params.beta !== undefined
    ? { kind: 'bernoulli', beta: Number(params.beta) }
    : { kind: 'count', count: Number(params.parents) };
}

/**
 * One generalization run (pal's `generalization` mode): full batch with soft targets on a random
 * fraction `split` of the N inputs, the frozen factorized embedding e(x) = Σ_i E_i[x_i], Adam with a
 * cosine schedule; 𝓛 on the unobserved rows. The control arm trains on the unstructured task of the
 * same N and M (one input factor of size N: the frozen embedding is then an i.i.d. Gaussian row per x).
 */
export async function runUnseen(cell: CellSpec, ctx: CellContext): Promise<UnseenRun> {
  const size = UNSEEN[ctx.tier];
  const structured = factorizedTask(
    {
      inputFactors: size.inputFactors,
      outputFactors: size.outputFactors,
      parents: parentRule(cell.params),
      alpha: ALPHA,
    },
    createRng(deriveSeed(ctx.seed, 'task')),
  );
  const task =
    cell.arm === 'claim'
      ? structured
      : unstructuredTask(structured, ALPHA, createRng(deriveSeed(ctx.seed, 'unstructured-task')));
  const split = Number(cell.params.split ?? size.split);
  const observed = samplePermutation(createRng(deriveSeed(ctx.seed, 'split')), task.n)
    .subarray(0, Math.round(split * task.n))
    .sort();
  const { tf } = await ctx.backend();
  const curve = await trainFullBatch(
    tf,
    task,
    {
      dim: size.dim,
      hidden: size.hidden,
      layers: 1,
      epochs: size.epochs,
      lr: LR,
      observed,
      frozenEmbedding: factorizedEmbedding(createRng(deriveSeed(ctx.seed, 'embedding')), task.inputFactors, size.dim),
      evalAt: [0, Math.round(size.epochs / 10), Math.round(size.epochs / 3), size.epochs],
    },
    createRng(deriveSeed(ctx.seed, 'train')),
  );
  return {
    chi: statisticalComplexity(structured),
    chiTrained: statisticalComplexity(task),
    observed: observed.length,
    ...curve,
  };
}
