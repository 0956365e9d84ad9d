import { pearson } from './pearson.ts';
import { ranks } from './ranks.ts';

/**
 * Spearman's rank correlation: the Pearson correlation of the average ranks (ties share their mean rank),
 * so it is exact with ties, unlike 1 − 6Σd²/(n(n² − 1)). NaN when the lengths differ, with fewer than
 * two pairs, when either variable is constant (no ranking), or when a value is NaN.
 */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  if (x.length !== y.length || x.length < 2) return Number.NaN;
  return pearson(ranks(x), ranks(y));
}
