/**
 * The d(d+1)/2 normalized degree-2 Hermite features of x (CLAIMS.md §4.1): (x_i² − 1)/√2 on the diagonal, then
 * x_i·x_j for i < j, in row-major upper-triangle order (i ≤ j). They are orthonormal under x ~ N(0, I_d).
 */
export function featureDimension(d: number): number {
  return (d * (d + 1)) / 2;
}

/** Row-major n × d(d+1)/2 feature matrix (float32) of n inputs (row-major n×d). */
export function hermiteFeatures(x: ArrayLike<number>, n: number, d: number): Float32Array {
  const dim = featureDimension(d);
  const out = new Float32Array(n * dim);
  for (let r = 0; r < n; r += 1) {
    let k = r * dim;
    for (let i = 0; i < d; i += 1) {
      const xi = x[r * d + i] as number;
      out[k] = (xi * xi - 1) / Math.SQRT2;
      k += 1;
      for (let j = i + 1; j < d; j += 1) {
        out[k] = xi * (x[r * d + j] as number);
        k += 1;
      }
    }
  }
  return out;
}

/**
 * The coefficient vector a of a symmetric d×d matrix A in that basis, so that a·z(x) = (xᵀAx − tr A)/√2:
 * a_ii = A_ii and a_ij = √2·A_ij (i < j). ‖a‖ = ‖A‖_F.
 */
export function flattenSymmetric(a: ArrayLike<number>, d: number): Float64Array {
  const out = new Float64Array(featureDimension(d));
  let k = 0;
  for (let i = 0; i < d; i += 1) {
    out[k] = a[i * d + i] as number;
    k += 1;
    for (let j = i + 1; j < d; j += 1) {
      out[k] = Math.SQRT2 * (a[i * d + j] as number);
      k += 1;
    }
  }
  return out;
}
