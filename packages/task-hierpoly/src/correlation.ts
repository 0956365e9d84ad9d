import { pearson } from '@repro/claims';

/**
 * Pearson correlation of two equal-length samples, 0 when either is constant (a feature that learned nothing
 * correlates with nothing): @repro/claims' `pearson` with that convention and a RangeError on unequal lengths.
 */
export function correlation(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (b.length !== a.length || a.length === 0)
    throw new RangeError('correlation: samples must have the same nonzero length');
  const r = pearson(a, b);
  return Number.isNaN(r) ? 0 : r;
}
