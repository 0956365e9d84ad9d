import { type Rng, uniformInt } from '@repro/tensor';
import type { HierarchyModel } from './hierarchy-model.ts';
import { patchLength } from './hierarchy-params.ts';

/**
 * Every random choice behind one input: for each level l and each node of that level (indexed by its
 * canonical path: child slot c of node n is node n·K + c at level l+1), the synonym (which of the m
 * rules) and the placement (which permutation of the patch). Blank sub-trees get choices too; they are
 * unused (a blank patch is the same under every choice).
 */
export interface TreeChoices {
  label: number;
  synonym: Int32Array[];
  placement: Int32Array[];
}

export type ChoiceKind = 'synonym' | 'placement';

/** Fresh choices for a point of class `label`. */
export function drawChoices(model: HierarchyModel, label: number, rng: Rng): TreeChoices {
  const K = patchLength(model.params);
  const synonym: Int32Array[] = [];
  const placement: Int32Array[] = [];
  for (let l = 0; l < model.params.depth; l += 1) {
    const nodes = K ** l;
    const syn = new Int32Array(nodes);
    const place = new Int32Array(nodes);
    for (let n = 0; n < nodes; n += 1) {
      syn[n] = uniformInt(rng, model.params.m);
      place[n] = uniformInt(rng, model.perms.length);
    }
    synonym.push(syn);
    placement.push(place);
  }
  return { label, synonym, placement };
}

/**
 * A perturbed copy: the choices of kind `kind` at every level l ≥ `level` (l = 0 is the top) are drawn
 * again, everything else is kept. level = L − 1 perturbs only the level next to the input.
 * 'synonym' is the synonym exchange, 'placement' the discrete diffeomorphism.
 */
export function redrawChoices(
  model: HierarchyModel,
  base: TreeChoices,
  kind: ChoiceKind,
  level: number,
  rng: Rng,
): TreeChoices {
  const redraw = (arrays: Int32Array[], n: number, mine: boolean) =>
    arrays.map((a, l) => (mine && l >= level ? a.map(() => uniformInt(rng, n)) : a.slice()));
  return {
    label: base.label,
    synonym: redraw(base.synonym, model.params.m, kind === 'synonym'),
    placement: redraw(base.placement, model.perms.length, kind === 'placement'),
  };
}
