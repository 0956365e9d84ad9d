import type { ClaimSource } from '@repro/claims';

export const PAPER = {
  title: 'SGD learning on neural networks: leap complexity and saddle-to-saddle dynamics',
  arxiv: '2302.11055',
  url: 'https://arxiv.org/abs/2302.11055',
} as const;

/** The source record of a claim from this paper; `where` names the section or statement. */
export function source(where: string): ClaimSource {
  return { paper: `${PAPER.title} (Abbe, Boix-Adserà, Misiakiewicz; COLT 2023)`, arxiv: PAPER.arxiv, where };
}
