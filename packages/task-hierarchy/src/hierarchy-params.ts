/** Sparsity A: each informative token moves within its own sub-block; B: the s tokens keep their order anywhere in the patch. */
export type Sparsity = 'A' | 'B';

/**
 * Parameters of the (sparse) random hierarchy model: vocabulary v (`num_features`), classes n_c,
 * synonyms m, patch size s, depth L, blanks per informative token s0 (0: the RHM), sparsity mode.
 */
export interface HierarchyParams {
  v: number;
  classes: number;
  m: number;
  s: number;
  depth: number;
  s0: number;
  sparsity: Sparsity;
}

/** Patch length s(s0+1). */
export const patchLength = (p: HierarchyParams) => p.s * (p.s0 + 1);

/** Input length (s(s0+1))^L. */
export const inputLength = (p: HierarchyParams) => patchLength(p) ** p.depth;

/** The blank token id (one past the vocabulary). */
export const blankToken = (p: HierarchyParams) => p.v;
