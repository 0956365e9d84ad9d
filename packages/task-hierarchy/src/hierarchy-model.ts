import type { Rng } from '@repro/tensor';
import { type HierarchyParams, patchLength } from './hierarchy-params.ts';
import { hierarchyRules } from './hierarchy-rules.ts';
import { placements } from './placements.ts';

/** A drawn generative model: its rules and placement table (fixed by the model seed). */
export interface HierarchyModel {
  params: HierarchyParams;
  /** rules[l][symbol][k] is the k-th canonical patch of `symbol` at level l (l = 0: the classes). */
  rules: number[][][][];
  /** out[j] = canonical[perm[j]] for each allowed placement of a patch. */
  perms: number[][];
}

/** The rules and placements of one SRHM (RHM when s0 = 0), drawn from `rng`. */
export function hierarchyModel(params: HierarchyParams, rng: Rng): HierarchyModel {
  if (patchLength(params) ** params.depth > 1 << 20) throw new RangeError('hierarchyModel: input too long');
  return { params, rules: hierarchyRules(params, rng), perms: placements(params) };
}
