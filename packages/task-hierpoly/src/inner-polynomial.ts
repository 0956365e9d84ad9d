/**
 * The hidden feature p of degree k (CLAIMS.md §5.1, balanced orthogonal class): the L = ⌊d/k⌋ disjoint
 * coordinate groups {kℓ, …, kℓ+k−1} each contribute the product of their coordinates, and
 * p(x) = (1/√L)·Σ_ℓ Π_j x_{kℓ+j}. For x ~ N(0, I_d) it is homogeneous of degree k with E p = 0, E p² = 1,
 * and close to N(0, 1) for large L. Coordinates past kL are not used.
 */
export function innerPolynomial(x: ArrayLike<number>, n: number, d: number, k: number): Float64Array {
  const groups = groupCount(d, k);
  const scale = 1 / Math.sqrt(groups);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    let s = 0;
    for (let g = 0; g < groups; g += 1) {
      let prod = 1;
      for (let j = 0; j < k; j += 1) prod *= x[i * d + g * k + j] as number;
      s += prod;
    }
    out[i] = s * scale;
  }
  return out;
}

/** L = ⌊d/k⌋, the number of groups; at least one group is required. */
export function groupCount(d: number, k: number): number {
  if (!Number.isInteger(k) || k < 1)
    throw new RangeError(`innerPolynomial: degree k must be a positive integer, got ${k}`);
  const groups = Math.floor(d / k);
  if (groups < 1) throw new RangeError(`innerPolynomial: d = ${d} is smaller than k = ${k}`);
  return groups;
}
