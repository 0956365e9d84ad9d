export interface MlpShape {
  /** Embedding dimension d. */
  dim: number;
  /** Feed-forward width f. */
  hidden: number;
  layers: number;
  /** Output vocabulary M. */
  outputs: number;
}

/**
 * Training FLOPs per token, pal `Model.get_flops_per_token` (models/mlp.py as stored at 150727a):
 * 3 × inference, inference = L·(6·d·f + 3·f) + 2·d·M + 3·d (the embedding lookup counts 0).
 * CLAIMS.md quotes another version, L·(d + 6df + 2f + 3d) + 2dM + 3d; the two differ by < 1%.
 */
export function flopsPerToken({ dim, hidden, layers, outputs }: MlpShape): number {
  return 3 * (layers * (6 * dim * hidden + 3 * hidden) + 2 * dim * outputs + 3 * dim);
}
