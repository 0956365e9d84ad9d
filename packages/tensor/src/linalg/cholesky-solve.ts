/**
 * Solves A·x = b given A's Cholesky factor L (from `cholesky`): forward substitution L·z = b, then
 * back substitution Lᵀ·x = z, in float64.
 */
export function choleskySolve(l: Float64Array, n: number, b: ArrayLike<number>): Float64Array {
  if (l.length !== n * n || b.length !== n)
    throw new RangeError(`choleskySolve: L must be ${n}×${n} and b of length ${n}`);
  const x = Float64Array.from(b);
  for (let i = 0; i < n; i += 1) {
    let sum = x[i] as number;
    for (let k = 0; k < i; k += 1) sum -= (l[i * n + k] as number) * (x[k] as number);
    x[i] = sum / (l[i * n + i] as number);
  }
  for (let i = n - 1; i >= 0; i -= 1) {
    let sum = x[i] as number;
    for (let k = i + 1; k < n; k += 1) sum -= (l[k * n + i] as number) * (x[k] as number);
    x[i] = sum / (l[i * n + i] as number);
  }
  return x;
}
