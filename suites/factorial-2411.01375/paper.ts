import type { ClaimSource } from '@repro/claims';

export const PAPER = {
  title: 'Learning with Hidden Factorial Structure',
  arxiv: '2411.01375',
  url: 'https://arxiv.org/abs/2411.01375',
} as const;

/** The source record of a claim from this paper; `where` names the figure and the authors' code. */
export function source(where: string): ClaimSource {
  return { paper: `${PAPER.title} (Arnal, Berenfeld, Rosenberg, Cabannes)`, arxiv: PAPER.arxiv, where };
}
