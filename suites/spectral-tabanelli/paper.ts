import type { ClaimSource } from '@repro/claims';

export const PAPER = {
  title: 'Deep Learning of Compositional Targets with Hierarchical Spectral Methods',
  arxiv: '2602.10867',
  url: 'https://arxiv.org/abs/2602.10867',
} as const;

/** The source record of a claim from this paper; `where` names the section or statement. */
export function source(where: string): ClaimSource {
  return { paper: `${PAPER.title} (Tabanelli, Dandi, Pesce, Krzakala)`, arxiv: PAPER.arxiv, where };
}
