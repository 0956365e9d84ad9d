import type { HierarchyModel } from './hierarchy-model.ts';
import { inputLength, patchLength } from './hierarchy-params.ts';
import type { TreeChoices } from './tree-choices.ts';

/**
 * The input x ∈ [v+1]^d (blank = v) produced by the choices: the class expands through its chosen rule,
 * the patch is permuted by its chosen placement (a moved token carries its whole sub-tree), and so on
 * down to the leaves.
 */
export function expandTree(model: HierarchyModel, choices: TreeChoices): Int32Array {
  const { depth } = model.params;
  const K = patchLength(model.params);
  const out = new Int32Array(inputLength(model.params));
  const visit = (symbol: number, l: number, node: number, offset: number) => {
    const patch = model.rules[l]?.[symbol]?.[choices.synonym[l]?.[node] as number];
    const perm = model.perms[choices.placement[l]?.[node] as number];
    if (!patch || !perm) throw new Error(`expandTree: no rule for symbol ${symbol} at level ${l}`);
    const span = K ** (depth - 1 - l);
    for (let j = 0; j < K; j += 1) {
      const c = perm[j] as number;
      const token = patch[c] as number;
      if (l === depth - 1) out[offset + j] = token;
      else visit(token, l + 1, node * K + c, offset + j * span);
    }
  };
  visit(choices.label, 0, 0, 0);
  return out;
}
