/**
 * The Cholesky factor L (lower triangular, row-major n×n, zeros above the diagonal) of a symmetric
 * positive-definite A (row-major n×n; only its lower triangle is read), so that A = L·Lᵀ.
 * Accumulates in float64. Throws when a pivot is not positive (A not positive definite).
 */
export function cholesky(a: ArrayLike<number>, n: number): Float64Array {
  if (a.length !== n * n) throw new RangeError(`cholesky: expected ${n * n} entries, got ${a.length}`);
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i += 1) {
    const rowI = i * n;
    for (let j = 0; j <= i; j += 1) {
      const rowJ = j * n;
      let sum = a[rowI + j] as number;
      for (let k = 0; k < j; k += 1) sum -= (l[rowI + k] as number) * (l[rowJ + k] as number);
      if (i === j) {
        if (!(sum > 0)) throw new Error(`cholesky: matrix is not positive definite (pivot ${i} = ${sum})`);
        l[rowI + i] = Math.sqrt(sum);
      } else {
        l[rowI + j] = sum / (l[rowJ + j] as number);
      }
    }
  }
  return l;
}
