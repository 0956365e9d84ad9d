import type { Rng } from '@repro/tensor';
import { expandTree } from './expand-tree.ts';
import type { HierarchyModel } from './hierarchy-model.ts';
import { drawChoices, type TreeChoices } from './tree-choices.ts';

/** Distinct points of one class, in the order they were drawn, with the choices that made them. */
export interface ClassPoints {
  tokens: Int32Array[];
  choices: TreeChoices[];
}

/**
 * `perClass` distinct inputs of every class (exact duplicates dropped, as the authors' `unique`), in
 * draw order. Inputs of different classes never coincide (the grammar is unambiguous), so
 * deduplicating within a class deduplicates the whole set. Throws when the class has fewer distinct
 * inputs than asked (within `maxDraws` draws), rather than silently returning a smaller set.
 */
export function hierarchyDataset(
  model: HierarchyModel,
  perClass: number,
  rng: Rng,
  maxDraws = 50 * perClass + 1000,
): ClassPoints[] {
  return Array.from({ length: model.params.classes }, (_, label) => {
    const seen = new Set<string>();
    const out: ClassPoints = { tokens: [], choices: [] };
    for (let draw = 0; draw < maxDraws && out.tokens.length < perClass; draw += 1) {
      const choices = drawChoices(model, label, rng);
      const tokens = expandTree(model, choices);
      const key = tokens.join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      out.tokens.push(tokens);
      out.choices.push(choices);
    }
    if (out.tokens.length < perClass) {
      throw new RangeError(
        `hierarchyDataset: class ${label} has only ${out.tokens.length} distinct inputs, ${perClass} asked`,
      );
    }
    return out;
  });
}

/** How many distinct inputs `draws` draws of class `label` produce (for checking Pmax). */
export function countDistinct(model: HierarchyModel, label: number, draws: number, rng: Rng): number {
  const seen = new Set<string>();
  for (let i = 0; i < draws; i += 1) seen.add(expandTree(model, drawChoices(model, label, rng)).join(','));
  return seen.size;
}
