export interface SymmetricEigen {
  /** Eigenvalues, in decreasing order. */
  values: Float64Array;
  /** Unit eigenvectors, `vectors[i]` for `values[i]`. */
  vectors: Float64Array[];
}

/**
 * All eigenpairs of a small symmetric matrix (row-major n×n) by the cyclic Jacobi method in float64:
 * sweeps of plane rotations until the off-diagonal mass is below 1e-15 of the total (≤ 100 sweeps).
 * Meant for the k×k Rayleigh–Ritz matrices of subspace iteration, n up to a few hundred.
 */
export function symmetricEigen(matrix: ArrayLike<number>, n: number): SymmetricEigen {
  if (matrix.length !== n * n) throw new RangeError(`symmetricEigen: expected ${n * n} entries, got ${matrix.length}`);
  const a = Float64Array.from(matrix);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i += 1) v[i * n + i] = 1;
  let total = 0;
  for (let i = 0; i < n * n; i += 1) total += (a[i] as number) ** 2;
  for (let sweep = 0; sweep < 100; sweep += 1) {
    let off = 0;
    for (let p = 0; p < n; p += 1) for (let q = p + 1; q < n; q += 1) off += 2 * (a[p * n + q] as number) ** 2;
    if (off <= 1e-30 * total || off === 0) break;
    for (let p = 0; p < n; p += 1) {
      for (let q = p + 1; q < n; q += 1) {
        const apq = a[p * n + q] as number;
        if (apq === 0) continue;
        const theta = ((a[q * n + q] as number) - (a[p * n + p] as number)) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k += 1) {
          const akp = a[k * n + p] as number;
          const akq = a[k * n + q] as number;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k += 1) {
          const apk = a[p * n + k] as number;
          const aqk = a[q * n + k] as number;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k += 1) {
          const vkp = v[k * n + p] as number;
          const vkq = v[k * n + q] as number;
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (i, j) => (a[j * n + j] as number) - (a[i * n + i] as number),
  );
  return {
    values: Float64Array.from(order, (i) => a[i * n + i] as number),
    vectors: order.map((i) => Float64Array.from({ length: n }, (_, k) => v[k * n + i] as number)),
  };
}
