/** An interval as stored in results.json (null for an infinite end) → finite-or-infinite numbers. */
export function intervalEnds(
  interval: readonly [number | null, number | null] | null | undefined,
): [number, number] | null {
  if (!interval) return null;
  const [lo, hi] = interval;
  return [lo ?? Number.NEGATIVE_INFINITY, hi ?? Number.POSITIVE_INFINITY];
}
