import type { ClaimSource } from '@repro/claims';

/** The Neural LoFi paper (code: IdePHICS/Neural-LoFi-Theory). */
export const PAPER_4C = {
  title: 'Deep Learning as Neural Low-Degree Filtering: A Spectral Theory of Hierarchical Feature Learning',
  arxiv: '2605.13612',
} as const;

export function lofiSource(where: string): ClaimSource {
  return {
    paper: `${PAPER_4C.title} (Dandi, Vilucchio, Arnaboldi, Tabanelli, Krzakala)`,
    arxiv: PAPER_4C.arxiv,
    where,
  };
}
