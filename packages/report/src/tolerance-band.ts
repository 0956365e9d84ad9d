import type { ClaimResult } from '@repro/claims';

/** The tolerance band of an expectation with open ends as ±Infinity (the band rule of @repro/claims). */
export function toleranceBand(expected: ClaimResult['expected']): [number, number] {
  const [lo, hi] = expected.band ?? [expected.value - expected.tolerance, expected.value + expected.tolerance];
  return [lo ?? Number.NEGATIVE_INFINITY, hi ?? Number.POSITIVE_INFINITY];
}
