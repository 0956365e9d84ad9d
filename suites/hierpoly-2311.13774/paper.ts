import type { ClaimSource } from '@repro/claims';

export const PAPER = {
  title: 'Learning Hierarchical Polynomials with Three-Layer Neural Networks',
  arxiv: '2311.13774',
  url: 'https://arxiv.org/abs/2311.13774',
} as const;

/** The source record of a claim from this paper; `where` names the section or statement. */
export function source(where: string): ClaimSource {
  return { paper: `${PAPER.title} (Wang, Nichani, Lee; ICLR 2024)`, arxiv: PAPER.arxiv, where };
}
