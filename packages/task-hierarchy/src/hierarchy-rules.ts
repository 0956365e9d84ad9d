import { type Rng, samplePermutation } from '@repro/tensor';
import { blankToken, type HierarchyParams, patchLength } from './hierarchy-params.ts';

/**
 * The production rules, top-down: rules[l][symbol] is the list of m canonical patches (length s(s0+1))
 * that `symbol` at level l can produce. Level 0 symbols are the classes, deeper ones the v tokens.
 * All v^s s-tuples are shuffled and the first m·(#symbols) are dealt m per symbol, without replacement,
 * so no tuple is produced by two symbols (unambiguous grammar). Each tuple (f1…fs) becomes the canonical
 * patch [b]*s0 f1 [b]*s0 f2 … [b]*s0 fs. For l ≥ 1 and s0 > 0 the blank produces m all-blank patches.
 */
export function hierarchyRules(p: HierarchyParams, rng: Rng): number[][][][] {
  const K = patchLength(p);
  const blank = blankToken(p);
  const tuples = p.v ** p.s;
  if (tuples < p.m * Math.max(p.classes, p.v)) {
    throw new RangeError(`hierarchyRules: v^s = ${tuples} < m·max(n_c, v) = ${p.m * Math.max(p.classes, p.v)}`);
  }
  const canonical = (index: number) => {
    const patch = new Array<number>(K).fill(blank);
    let rest = index;
    for (let k = p.s - 1; k >= 0; k -= 1) {
      patch[k * (p.s0 + 1) + p.s0] = rest % p.v;
      rest = Math.floor(rest / p.v);
    }
    return patch;
  };
  const rules: number[][][][] = [];
  for (let l = 0; l < p.depth; l += 1) {
    const symbols = l === 0 ? p.classes : p.v;
    const order = samplePermutation(rng, tuples);
    const level: number[][][] = [];
    for (let sym = 0; sym < symbols; sym += 1) {
      level.push(Array.from({ length: p.m }, (_, i) => canonical(order[sym * p.m + i] as number)));
    }
    if (l >= 1 && p.s0 > 0) level[blank] = Array.from({ length: p.m }, () => new Array<number>(K).fill(blank));
    rules.push(level);
  }
  return rules;
}
