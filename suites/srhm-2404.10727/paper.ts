import type { ClaimSource } from '@repro/claims';

export const PAPER = {
  title: 'How Deep Networks Learn Sparse and Hierarchical Data: the Sparse Random Hierarchy Model',
  arxiv: '2404.10727',
  url: 'https://arxiv.org/abs/2404.10727',
} as const;

export const RHM_PAPER = {
  title: 'How Deep Neural Networks Learn Compositional Data: The Random Hierarchy Model',
  arxiv: '2307.02129',
} as const;

/** The source record of a claim of the SRHM paper; `where` names the figure and the authors' code. */
export function source(where: string): ClaimSource {
  return { paper: `${PAPER.title} (Tomasini, Wyart; ICML 2024)`, arxiv: PAPER.arxiv, where };
}

/** The source record of a claim of the RHM paper. */
export function rhmSource(where: string): ClaimSource {
  return { paper: `${RHM_PAPER.title} (Cagnetta, Petrini, Tomasini, Favero, Wyart)`, arxiv: RHM_PAPER.arxiv, where };
}
