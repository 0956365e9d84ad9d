import { type Rng, sampleNormal, samplePermutation, topEigenvectors } from '@repro/tensor';
import {
  columnMeans,
  denseMatvec,
  type LofiActivation,
  lofiFeatures,
  rmsRowNorm,
  signedCovariances,
  subtractColumnMeans,
} from './lofi.ts';

export interface OutlierCount {
  [key: string]: number | number[];
  /** Eigenvalues of C (labels under test) with |λ| above the edge, capped at `maxCount`. */
  count: number;
  /** The bulk edge: the largest |λ| of C built with a random permutation of the training labels. */
  edge: number;
  /** The `maxCount` largest |λ| of C, decreasing. */
  top: number[];
}

/**
 * Outliers of the first-layer Neural LoFi signed covariance C = (1/N)·Z_cᵀ diag(y) Z_c, Z_c the column-centred
 * features σ(x·W/c)/√P. The bulk edge is the largest |λ| of the same construction with the labels randomly
 * permuted (no label–input dependence, same label distribution). `labels` is what C is built from: the
 * training labels for the claim, another permutation for a control.
 */
export function lofiOutliers(
  x: ArrayLike<number>,
  n: number,
  d: number,
  labels: Float64Array,
  spec: { p: number; activation: LofiActivation; maxCount: number },
  rng: Rng,
): OutlierCount {
  const w = sampleNormal(rng, d * spec.p);
  const z = lofiFeatures(x, n, d, w, spec.p, rmsRowNorm(x, n, d), spec.activation);
  subtractColumnMeans(z, n, spec.p, columnMeans(z, n, spec.p));
  const perm = samplePermutation(rng, n);
  const nullLabels = Float64Array.from(perm, (i) => labels[i] as number);
  const [c, cNull] = signedCovariances(z, n, spec.p, [labels, nullLabels]) as [Float64Array, Float64Array];
  const opts = { rng, iters: 300, tol: 1e-9 };
  const top = Array.from(topEigenvectors(denseMatvec(c, spec.p), spec.p, spec.maxCount, opts).values, Math.abs).sort(
    (a, b) => b - a,
  );
  const edge = Math.abs(topEigenvectors(denseMatvec(cNull, spec.p), spec.p, 1, opts).values[0] as number);
  return { count: top.filter((v) => v > edge).length, edge, top };
}
