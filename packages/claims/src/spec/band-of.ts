import type { Expected } from './claim-spec.ts';

/** The tolerance band of an expectation, with open ends as ±Infinity. */
export function bandOf(expected: Expected): [number, number] {
  const [lo, hi] = expected.band ?? [expected.value - expected.tolerance, expected.value + expected.tolerance];
  return [lo ?? Number.NEGATIVE_INFINITY, hi ?? Number.POSITIVE_INFINITY];
}
