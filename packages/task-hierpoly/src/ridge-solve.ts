import { solvePositiveDefinite } from '@repro/tensor';

/**
 * Ridge from a Gram matrix: solves (G + λ·(tr G / m)·I)·u = b in float64, λ relative to the mean diagonal
 * of G, so one λ means the same thing at every sample size and feature scale.
 */
export function ridgeSolve(gram: Float64Array, b: Float64Array, lambda: number): Float64Array {
  const m = b.length;
  if (gram.length !== m * m) throw new RangeError(`ridgeSolve: Gram must be ${m}×${m}`);
  if (!(lambda > 0)) throw new RangeError(`ridgeSolve: lambda must be > 0, got ${lambda}`);
  let trace = 0;
  for (let i = 0; i < m; i += 1) trace += gram[i * m + i] as number;
  const shift = (lambda * trace) / m;
  const a = gram.slice();
  for (let i = 0; i < m; i += 1) a[i * m + i] = (a[i * m + i] as number) + shift;
  return solvePositiveDefinite(a, m, b);
}
