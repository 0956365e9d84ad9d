import type { CellParams, ClaimSource } from '@repro/claims';
import type { MatrixTensorConfig } from '@repro/task-spectral';

/** The companion paper on the spiked matrix–tensor model (no public code). */
export const PAPER_4D = {
  title: 'Computational Thresholds in Multi-Modal Learning via the Spiked Matrix–Tensor Model',
  arxiv: '2506.02664',
} as const;

export function matrixTensorSource(where: string): ClaimSource {
  return { paper: `${PAPER_4D.title} (Tabanelli, Mergny, Zdeborová, Krzakala)`, arxiv: PAPER_4D.arxiv, where };
}

/** A matrix–tensor cell's model sizes and per-entry noise variances, read from its params. */
export function matrixTensorConfig(p: CellParams): MatrixTensorConfig {
  return {
    n1: Number(p.n1),
    n2: Number(p.n2),
    n3: Number(p.n3),
    n4: Number(p.n4),
    deltaM: Number(p.deltaM),
    deltaT: Number(p.deltaT),
  };
}
