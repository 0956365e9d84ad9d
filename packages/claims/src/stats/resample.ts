/**
 * A bootstrap resample: values.length draws with replacement, each index ⌊random()·n⌋. `random` must
 * return uniforms in [0, 1); a source that returns 1 is clamped to the last index rather than
 * reading past the end.
 */
export function resample<T>(values: readonly T[], random: () => number): T[] {
  const n = values.length;
  const out = new Array<T>(n);
  for (let i = 0; i < n; i += 1) out[i] = values[Math.min(n - 1, Math.floor(random() * n))] as T;
  return out;
}
