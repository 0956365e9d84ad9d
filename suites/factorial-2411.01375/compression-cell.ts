import type { CellContext, CellSpec, Tier } from '@repro/claims';
import { compressionComplexity, type FactorizedTask, factorizedTask, trainFullBatch } from '@repro/task-factorial';
import { createRng, deriveSeed } from '@repro/tensor';
import { ALPHA, LR } from './single-pass-cell.ts';

/**
 * Compression (C1.2) sizes per tier, fixed before any run (CLAIMS.md §1.4 C1.2 scaled config, from pal's
 * `compression_bis`: input [p]*4, output [8,8,8], one parent per output factor, so χ̄ = 3·min(p, 8)).
 * Training stops early once 𝓛 ≤ `stopLoss` (checked every `stopEvery` epochs): the knee compares 𝓛(d) with
 * 0.1·𝓛(1) ≈ 0.1, so a loss already below 1e-3 cannot move it.
 */
export const COMPRESSION: Record<
  Tier,
  {
    sides: number[];
    dims: number[];
    outputFactors: number[];
    epochs: number;
    stopLoss: number;
    stopEvery: number;
    replicates: number;
  }
> = {
  smoke: {
    sides: [2, 3],
    dims: [1, 4],
    outputFactors: [8, 8, 8],
    epochs: 60,
    stopLoss: 1e-3,
    stopEvery: 50,
    replicates: 1,
  },
  quick: {
    sides: [2, 3, 4],
    dims: [1, 2, 3, 4, 6, 8, 16],
    outputFactors: [8, 8, 8],
    epochs: 3000,
    stopLoss: 1e-3,
    stopEvery: 50,
    replicates: 2,
  },
  full: {
    sides: [2, 3, 4, 5, 6, 7],
    dims: [1, 2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 24],
    outputFactors: [8, 8, 8],
    epochs: 20000,
    stopLoss: 1e-4,
    stopEvery: 100,
    replicates: 5,
  },
};

/** Which task a compression cell trains: its own, fully unstructured, or the smallest task under every label. */
export type CompressionTaskKind = 'own' | 'unstructured' | 'fixed';

export type CompressionRun = {
  /** χ̄ of the cell's label, the structured task [p]*4 → [8,8,8] with one parent per output factor. */
  chiBar: number;
  /** χ̄ of the task actually trained on. */
  chiBarTrained: number;
  dim: number;
  /** 𝓛 at the end of training (all inputs are trained on: compression mode). */
  loss: number;
  stoppedAt: number;
};

const inputOf = (side: number) => [side, side, side, side];

function taskOf(kind: CompressionTaskKind, side: number, outputFactors: number[], seed: number): FactorizedTask {
  const rng = createRng(deriveSeed(seed, 'task', kind));
  if (kind === 'unstructured') {
    const n = side ** 4;
    const m = outputFactors.reduce((a, b) => a * b, 1);
    return factorizedTask(
      { inputFactors: [n], outputFactors: [m], parents: { kind: 'count', count: 1 }, alpha: ALPHA },
      rng,
    );
  }
  const s = kind === 'fixed' ? Math.min(...COMPRESSION.smoke.sides) : side;
  return factorizedTask(
    { inputFactors: inputOf(s), outputFactors, parents: { kind: 'count', count: 1 }, alpha: ALPHA },
    rng,
  );
}

/**
 * One compression run (pal's `compression` mode): the embedding is learned, every input is trained on with
 * its whole soft row p(·|x), Adam with a cosine schedule, f = 2d, one block. `params.task` picks what is
 * trained: the cell's own task (claim arm), the fully unstructured task of the same N and M (input [N],
 * output [M]: nothing factorizes), or the [2]*4 task under every label.
 */
export async function runCompression(cell: CellSpec, ctx: CellContext): Promise<CompressionRun> {
  const size = COMPRESSION[ctx.tier];
  const side = Number(cell.params.side);
  const dim = Number(cell.params.dim);
  const kind = String(cell.params.task ?? 'own') as CompressionTaskKind;
  const label = taskOf('own', side, size.outputFactors, ctx.seed);
  const task = kind === 'own' ? label : taskOf(kind, side, size.outputFactors, ctx.seed);
  const observed = Int32Array.from({ length: task.n }, (_, i) => i);
  const { tf } = await ctx.backend();
  const curve = await trainFullBatch(
    tf,
    task,
    {
      dim,
      hidden: 2 * dim,
      layers: 1,
      epochs: size.epochs,
      lr: LR,
      observed,
      evalAt: [size.epochs],
      stopBelow: { loss: size.stopLoss, every: size.stopEvery },
    },
    createRng(deriveSeed(ctx.seed, 'train')),
  );
  return {
    chiBar: compressionComplexity(label),
    chiBarTrained: compressionComplexity(task),
    dim,
    loss: curve.train.at(-1) as number,
    stoppedAt: curve.stoppedAt,
  };
}
