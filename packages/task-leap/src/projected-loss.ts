/**
 * The part of the test loss along the target's monomials, Σ_S (c_S − ĉ_S(t))², at each evaluation: the
 * staircase of the saddle-to-saddle picture without the SGD fluctuations of f_θ off those monomials.
 */
export function projectedLoss(coefficients: readonly (readonly number[])[], targets: readonly number[]): number[] {
  const n = coefficients[0]?.length ?? 0;
  return Array.from({ length: n }, (_, i) =>
    coefficients.reduce((s, series, k) => s + ((targets[k] as number) - (series[i] as number)) ** 2, 0),
  );
}

/** A centred running median over `window` (odd) consecutive values; the ends use the values that exist. */
export function runningMedian(values: readonly number[], window: number): number[] {
  const half = Math.floor(window / 2);
  return values.map((_, i) => {
    const slice = values.slice(Math.max(0, i - half), i + half + 1).sort((a, b) => a - b);
    const mid = slice.length >> 1;
    return slice.length % 2 ? (slice[mid] as number) : ((slice[mid - 1] as number) + (slice[mid] as number)) / 2;
  });
}
