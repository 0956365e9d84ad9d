import type { ClaimSource } from '@repro/claims';

/** The companion paper on the spiked matrix–tensor model (no public code). */
export const PAPER_4D = {
  title: 'Computational Thresholds in Multi-Modal Learning via the Spiked Matrix–Tensor Model',
  arxiv: '2506.02664',
} as const;

export function matrixTensorSource(where: string): ClaimSource {
  return { paper: `${PAPER_4D.title} (Tabanelli, Mergny, Zdeborová, Krzakala)`, arxiv: PAPER_4D.arxiv, where };
}
