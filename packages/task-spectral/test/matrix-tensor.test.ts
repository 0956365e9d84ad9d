import { createRng } from '@repro/tensor';
import { describe, expect, it } from 'vitest';
import {
  contractTensor,
  cosineOverlap,
  type MatrixTensorConfig,
  sampleMatrixTensor,
  sequentialCurriculum,
  topSingularPair,
} from '../src/matrix-tensor.ts';

const base: MatrixTensorConfig = { n1: 200, n2: 200, n3: 100, n4: 100, deltaM: 0.5, deltaT: 0.05 };

describe('spiked matrix–tensor model', () => {
  it('matrix BBP: cos² of the top left singular vector ≈ (1 − Δ²)/(1 + Δ) above Δ_m = √α₂ = 1, ≈ 0 below', () => {
    const cfg = { ...base, n1: 300, n2: 300 };
    const above = sampleMatrixTensor({ ...cfg, deltaM: 0.5 }, createRng(1));
    const pa = topSingularPair(above.ym, 300, 300, 300, createRng(2));
    expect(cosineOverlap(pa.left, above.u) ** 2).toBeGreaterThan(0.4);
    expect(cosineOverlap(pa.left, above.u) ** 2).toBeLessThan(0.6);
    const below = sampleMatrixTensor({ ...cfg, deltaM: 2 }, createRng(3));
    const pb = topSingularPair(below.ym, 300, 300, 300, createRng(4));
    expect(cosineOverlap(pb.left, below.u)).toBeLessThan(0.3);
  });

  it('contraction with the true u of a noiseless tensor is x yᵀ', () => {
    const s = sampleMatrixTensor({ ...base, n1: 20, n2: 20, n3: 6, n4: 5, deltaT: 0 }, createRng(5));
    const c = contractTensor(s.yt, 20, 6, 5, s.u);
    const uu = s.u.reduce((a, b) => a + b * b, 0) / 20;
    for (let j = 0; j < 6; j += 1)
      for (let k = 0; k < 5; k += 1) expect(c[j * 5 + k]).toBeCloseTo(uu * (s.x[j] as number) * (s.y[k] as number), 10);
  });

  it('curriculum recovers x, y when Δ_t < m_u²√(α₃α₄) and not far above it', () => {
    // m_u² ≈ 0.5 at Δ_m = 0.5, √(α₃α₄) = 0.5: derived threshold Δ_t* ≈ 0.25.
    const good = sequentialCurriculum(sampleMatrixTensor({ ...base, deltaT: 0.05 }, createRng(6)), 300, createRng(7));
    expect(good.u).toBeGreaterThan(0.5);
    expect(good.x).toBeGreaterThan(0.5);
    const bad = sequentialCurriculum(sampleMatrixTensor({ ...base, deltaT: 1 }, createRng(8)), 300, createRng(9));
    expect(bad.x).toBeLessThan(0.3);
  });
});
