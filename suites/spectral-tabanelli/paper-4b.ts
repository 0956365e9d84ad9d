import type { ClaimSource } from '@repro/claims';

/** The companion paper whose claims (sequential feature recovery) share this suite's teacher and estimator. */
export const PAPER_4B = {
  title: 'Scaling Laws from Sequential Feature Recovery: A Solvable Hierarchical Model',
  arxiv: '2605.14567',
} as const;

export function source(where: string): ClaimSource {
  return {
    paper: `${PAPER_4B.title} (Wortsman-Zurich, Tabanelli, Dandi, Loureiro, Krzakala)`,
    arxiv: PAPER_4B.arxiv,
    where,
  };
}
