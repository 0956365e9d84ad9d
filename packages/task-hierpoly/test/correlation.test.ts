import { describe, expect, it } from 'vitest';
import { correlation } from '../src/index.ts';

describe('correlation(a, b)', () => {
  it('is Pearson’s r, 0 for a constant sample, and refuses unequal lengths', () => {
    expect(correlation([1, 2, 3], [1, 3, 2])).toBeCloseTo(0.5, 14);
    expect(correlation([1, 2, 3], [-2, -4, -6])).toBeCloseTo(-1, 14);
    expect(correlation([1, 2, 3], [5, 5, 5])).toBe(0);
    expect(() => correlation([1, 2], [1, 2, 3])).toThrow(RangeError);
  });
});
