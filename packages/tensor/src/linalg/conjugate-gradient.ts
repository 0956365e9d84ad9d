export interface ConjugateGradientOptions {
  /** Stop when ‖b − A·x‖ ≤ tol·‖b‖ (default 1e-10). */
  tol?: number;
  /** At most this many iterations (default: the dimension). */
  maxIter?: number;
}

export interface ConjugateGradientResult {
  x: Float64Array;
  iterations: number;
  /** ‖b − A·x‖ / ‖b‖ at exit (the recurrence's residual). */
  relativeResidual: number;
  converged: boolean;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i += 1) s += (a[i] as number) * (b[i] as number);
  return s;
}

/** Conjugate gradient for A·x = b with A symmetric positive definite, given as a matvec; float64, x₀ = 0. */
export function conjugateGradient(
  matvec: (v: Float64Array) => Float64Array,
  b: ArrayLike<number>,
  { tol = 1e-10, maxIter = b.length }: ConjugateGradientOptions = {},
): ConjugateGradientResult {
  const n = b.length;
  const x = new Float64Array(n);
  const r = Float64Array.from(b);
  const p = Float64Array.from(b);
  const bNorm = Math.sqrt(dot(r, r));
  if (bNorm === 0) return { x, iterations: 0, relativeResidual: 0, converged: true };
  let rr = bNorm * bNorm;
  let iterations = 0;
  while (iterations < maxIter && Math.sqrt(rr) > tol * bNorm) {
    const ap = matvec(p);
    const alpha = rr / dot(p, ap);
    for (let i = 0; i < n; i += 1) {
      x[i] = (x[i] as number) + alpha * (p[i] as number);
      r[i] = (r[i] as number) - alpha * (ap[i] as number);
    }
    const rrNext = dot(r, r);
    const beta = rrNext / rr;
    for (let i = 0; i < n; i += 1) p[i] = (r[i] as number) + beta * (p[i] as number);
    rr = rrNext;
    iterations += 1;
  }
  const relativeResidual = Math.sqrt(rr) / bNorm;
  return { x, iterations, relativeResidual, converged: relativeResidual <= tol };
}
