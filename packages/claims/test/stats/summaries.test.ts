import { describe, expect, it } from 'vitest';
import { mean } from '../../src/stats/mean.ts';
import { median } from '../../src/stats/median.ts';
import { quantile } from '../../src/stats/quantile.ts';
import { sum } from '../../src/stats/sum.ts';
import { variance } from '../../src/stats/variance.ts';
import reference from './fixtures/reference.json' with { type: 'json' };

const { values, p, q } = reference.quantiles;

describe('sum(values)', () => {
  it('adds, and compensates cancellation that a naive loop loses', () => {
    expect(sum([1, 2, 3.5])).toBe(6.5);
    expect(sum([1e100, 1, -1e100])).toBe(1);
    expect(sum(Array.from({ length: 10 }, () => 0.1))).toBe(1);
  });
  it('returns 0 when empty, NaN with a NaN, ±∞ with one infinity', () => {
    expect(sum([])).toBe(0);
    expect(sum([1, Number.NaN])).toBeNaN();
    expect(sum([1, Number.POSITIVE_INFINITY, 2])).toBe(Number.POSITIVE_INFINITY);
    expect(sum([Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])).toBeNaN();
  });
});

describe('mean(values) and variance(values)', () => {
  it('match NumPy (mean, var with ddof = 1)', () => {
    expect(mean(values)).toBeCloseTo(reference.quantiles.mean, 14);
    expect(variance(values)).toBeCloseTo(reference.quantiles.variance, 14);
  });
  it('variance(values) is the sample variance and survives a large offset', () => {
    expect(variance([1, 2, 3, 4])).toBeCloseTo(5 / 3, 15);
    expect(variance([1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4])).toBeCloseTo(5 / 3, 6);
  });
  it('mean([]) is NaN; variance is NaN with fewer than two values', () => {
    expect(mean([])).toBeNaN();
    expect(variance([3])).toBeNaN();
    expect(variance([])).toBeNaN();
  });
});

describe('quantile(sorted, p)', () => {
  it('matches NumPy linear interpolation (type 7)', () => {
    p.forEach((pi, i) => {
      expect(quantile(values, pi)).toBeCloseTo(q[i] as number, 14);
    });
  });
  it('interpolates between order statistics: quantile([0, 10], 0.25) = 2.5', () => {
    expect(quantile([0, 10], 0.25)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
  });
  it('clamps p to [0, 1], returns NaN when empty or p is NaN', () => {
    expect(quantile([1, 2, 3], -1)).toBe(1);
    expect(quantile([1, 2, 3], 2)).toBe(3);
    expect(quantile([], 0.5)).toBeNaN();
    expect(quantile([1, 2], Number.NaN)).toBeNaN();
  });
  it('keeps infinite order statistics exact instead of producing ∞ − ∞', () => {
    const inf = Number.POSITIVE_INFINITY;
    expect(quantile([1, inf, inf], 0.5)).toBe(inf);
    expect(quantile([1, 2, inf], 0.5)).toBe(2);
    expect(quantile([1, 2, inf], 0.75)).toBe(inf);
    expect(quantile([-inf, -inf, 0], 0.25)).toBe(-inf);
  });
});

describe('median(values)', () => {
  it('matches NumPy and does not modify its input', () => {
    const shuffled = [...values].reverse();
    const copy = [...shuffled];
    expect(median(shuffled)).toBeCloseTo(reference.quantiles.median, 14);
    expect(shuffled).toEqual(copy);
  });
  it('sorts numerically, not as strings', () => {
    expect(median([10, 9, 100])).toBe(10);
    expect(median([2, 1, 4, 3])).toBe(2.5);
  });
  it('is NaN when empty or when a value is NaN; orders ±∞', () => {
    expect(median([])).toBeNaN();
    expect(median([1, Number.NaN, 3])).toBeNaN();
    expect(median([1, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY])).toBe(Number.POSITIVE_INFINITY);
  });
});
