/**
 * The probabilists' Hermite polynomial He_k(z) (He_0 = 1, He_1 = z, He_{k+1} = z·He_k − k·He_{k−1}),
 * orthogonal under N(0, 1) with E[He_k²] = k!.
 */
export function hermite(k: number, z: number): number {
  if (!(Number.isInteger(k) && k >= 0)) throw new RangeError(`hermite: degree must be an integer ≥ 0, got ${k}`);
  let previous = 1;
  let current = z;
  if (k === 0) return previous;
  for (let j = 1; j < k; j += 1) {
    const next = z * current - j * previous;
    previous = current;
    current = next;
  }
  return current;
}
