import type { HierarchyParams } from './hierarchy-params.ts';
import { patchLength } from './hierarchy-params.ts';

/**
 * Every placement of a canonical patch as a permutation `perm` with out[j] = canonical[perm[j]].
 * The canonical patch has informative token k at slot k(s0+1)+s0.
 * - A: in every sub-block k independently, swap slot k(s0+1)+s0 with slot k(s0+1)+i, i ∈ [0, s0]:
 *   (s0+1)^s placements (the authors' create_perms).
 * - B: the s informative tokens, order kept, at any s of the s(s0+1) slots: C(s(s0+1), s) placements
 *   (generate_valid_permutations); blank slots are filled from the canonical blank slots in order.
 * For s0 = 0 both give the identity only.
 */
export function placements(p: HierarchyParams): number[][] {
  const K = patchLength(p);
  const informative = Array.from({ length: p.s }, (_, k) => k * (p.s0 + 1) + p.s0);
  if (p.sparsity === 'A') {
    let perms: number[][] = [[]];
    for (let k = 0; k < p.s; k += 1) {
      const next: number[][] = [];
      for (const prefix of perms) {
        for (let i = 0; i <= p.s0; i += 1) {
          const block = Array.from({ length: p.s0 + 1 }, (_, j) => k * (p.s0 + 1) + j);
          const last = block[p.s0] as number;
          block[p.s0] = block[i] as number;
          block[i] = last;
          next.push([...prefix, ...block]);
        }
      }
      perms = next;
    }
    return perms;
  }
  const blanks = Array.from({ length: K }, (_, j) => j).filter((j) => !informative.includes(j));
  const out: number[][] = [];
  const choose = (start: number, picked: number[]) => {
    if (picked.length === p.s) {
      const perm: number[] = [];
      let t = 0;
      let b = 0;
      for (let j = 0; j < K; j += 1) {
        if (picked.includes(j)) perm.push(informative[t++] as number);
        else perm.push(blanks[b++] as number);
      }
      out.push(perm);
      return;
    }
    for (let j = start; j <= K - (p.s - picked.length); j += 1) choose(j + 1, [...picked, j]);
  };
  choose(0, []);
  return out;
}
