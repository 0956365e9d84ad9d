import type { CellContext, CellSpec } from '@repro/claims';
import { createTeacher, sampleTeacher } from '@repro/task-spectral';
import { type Rng, samplePermutation } from '@repro/tensor';
import { EPS, GAMMA } from './sizes.ts';

/** A Neural LoFi cell's teacher (the C4a teacher at the cell's d) and its training draw of n = ⌊d^α⌋ samples. */
export function lofiTrainDraw(cell: CellSpec, ctx: CellContext) {
  const d = Number(cell.params.d);
  const n = Math.floor(d ** Number(cell.params.alpha) + 1e-9);
  const teacher = createTeacher({ d, eps: EPS, bMode: 'powerlaw', gamma: GAMMA, link: 'id' }, ctx.rng);
  return { d, n, teacher, train: sampleTeacher(teacher, n, ctx.rng) };
}

/** The labels y, or (control arm) the same labels under a random permutation drawn from rng. */
export function armLabels(cell: CellSpec, y: Float64Array, rng: Rng): Float64Array {
  return cell.arm === 'claim' ? y : Float64Array.from(samplePermutation(rng, y.length), (i) => y[i] as number);
}
