import { describe, expect, it } from 'vitest';
import { pearson } from '../../src/stats/pearson.ts';

describe('pearson(x, y)', () => {
  it('is ±1 on exact lines and matches a hand-computed value', () => {
    expect(pearson([1, 2, 3, 4], [3, 5, 7, 9])).toBeCloseTo(1, 14);
    expect(pearson([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 14);
    // x = 1, 2, 3; y = 1, 3, 2: sxy = 1, sxx = 2, syy = 2 → 0.5.
    expect(pearson([1, 2, 3], [1, 3, 2])).toBeCloseTo(0.5, 14);
  });
  it('measures linear, not monotone, association (unlike Spearman)', () => {
    const x = [1, 2, 3, 4, 5];
    const y = x.map((v) => Math.exp(2 * v));
    expect(pearson(x, y)).toBeLessThan(0.9);
    expect(pearson(x, y.map(Math.log))).toBeCloseTo(1, 14);
  });
  it('is NaN for constant, mismatched, too short or NaN inputs', () => {
    expect(pearson([1, 2, 3], [2, 2, 2])).toBeNaN();
    expect(pearson([1, 2], [1, 2, 3])).toBeNaN();
    expect(pearson([1], [1])).toBeNaN();
    expect(pearson([1, 2, Number.NaN], [1, 2, 3])).toBeNaN();
  });
});
