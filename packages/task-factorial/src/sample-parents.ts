import { type Rng, samplePermutation } from '@repro/tensor';

/**
 * How the parents of each output factor are drawn: `count` parents uniformly without replacement
 * (pal: `torch.randperm(k)[:nb_parents]`), or each edge (i, j) present with probability `beta`.
 */
export type ParentRule = { kind: 'count'; count: number } | { kind: 'bernoulli'; beta: number };

/** The parent sets pa_j ⊂ [k] of ℓ output factors, each sorted ascending; independent across j. */
export function sampleParents(rng: Rng, k: number, l: number, rule: ParentRule): number[][] {
  if (rule.kind === 'count' && (rule.count < 0 || rule.count > k || !Number.isInteger(rule.count))) {
    throw new RangeError(`sampleParents: count ${rule.count} not in 0…${k}`);
  }
  return Array.from({ length: l }, () => {
    if (rule.kind === 'count') {
      return Array.from(samplePermutation(rng, k).subarray(0, rule.count)).sort((a, b) => a - b);
    }
    const parents: number[] = [];
    for (let i = 0; i < k; i += 1) if (rng.uniform() < rule.beta) parents.push(i);
    return parents;
  });
}
