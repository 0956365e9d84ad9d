import { solvePositiveDefinite } from '@repro/tensor';

/** RBF kernel matrix exp(−‖u_r − v_s‖² / 2d) between the rows of u (n×d) and v (m×d), row-major n×m. */
export function rbfKernel(u: ArrayLike<number>, n: number, v: ArrayLike<number>, m: number, d: number): Float64Array {
  const k = new Float64Array(n * m);
  for (let r = 0; r < n; r += 1)
    for (let s = 0; s < m; s += 1) {
      let q = 0;
      for (let a = 0; a < d; a += 1) q += ((u[r * d + a] as number) - (v[s * d + a] as number)) ** 2;
      k[r * m + s] = Math.exp(-q / (2 * d));
    }
  return k;
}

/**
 * Kernel ridge regression on the raw inputs x with the rotation-invariant RBF kernel of bandwidth d
 * (k(x, x′) = exp(−‖x − x′‖²/2d); ‖x − x′‖² ≈ 2d under x ~ N(0, I_d)), along a path of ridges λ:
 * coef = (K + λ·I)⁻¹ y by a Float64 Cholesky per λ (n³/3 flops each, so callers cap n), predictions
 * K(test, train)·coef. Returns one prediction vector (length m) per λ.
 */
export function kernelRidgePath(
  xTrain: ArrayLike<number>,
  n: number,
  d: number,
  y: ArrayLike<number>,
  xTest: ArrayLike<number>,
  m: number,
  lambdas: readonly number[],
): Float64Array[] {
  const gram = rbfKernel(xTrain, n, xTrain, n, d);
  const cross = rbfKernel(xTest, m, xTrain, n, d);
  return lambdas.map((lambda) => {
    const k = Float64Array.from(gram);
    for (let r = 0; r < n; r += 1) k[r * n + r] = (k[r * n + r] as number) + lambda;
    const coef = solvePositiveDefinite(k, n, y);
    const out = new Float64Array(m);
    for (let r = 0; r < m; r += 1) {
      let s = 0;
      for (let j = 0; j < n; j += 1) s += (cross[r * n + j] as number) * (coef[j] as number);
      out[r] = s;
    }
    return out;
  });
}
