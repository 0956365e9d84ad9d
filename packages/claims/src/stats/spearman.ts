import { ranks } from './ranks.ts';

/**
 * Spearman's rank correlation: the Pearson correlation of the average ranks (ties share their mean rank),
 * so it is exact with ties, unlike 1 − 6Σd²/(n(n² − 1)). NaN when the lengths differ, with fewer than
 * two pairs, when either variable is constant (no ranking), or when a value is NaN.
 */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  if (n !== y.length || n < 2) return Number.NaN;
  const rx = ranks(x);
  const ry = ranks(y);
  const mean = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (rx[i] as number) - mean;
    const dy = (ry[i] as number) - mean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return Number.NaN;
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}
