import { describe, expect, it } from 'vitest';
import { ratioOfMedians } from '../../src/stats/ratio-of-medians.ts';
import { gaussian, mulberry32 } from './seeded.ts';

describe('ratioOfMedians(a, b, options)', () => {
  it('is median(a)/median(b) with an interval that brackets the true ratio 2', () => {
    const normal = gaussian(mulberry32(1));
    const a = Array.from({ length: 30 }, () => 200 * Math.exp(0.2 * normal()));
    const b = Array.from({ length: 30 }, () => 100 * Math.exp(0.2 * normal()));
    const r = ratioOfMedians(a, b, { random: mulberry32(2) });
    expect(r.value).toBeCloseTo(2, 0);
    expect(r.interval[0]).toBeLessThan(2);
    expect(r.interval[1]).toBeGreaterThan(2);
    expect(r.interval[0]).toBeGreaterThan(1.6);
    expect(r.interval[1]).toBeLessThan(2.5);
    expect(r.dropped).toBe(0);
  });
  it('gives exact values a zero-width interval', () => {
    expect(ratioOfMedians([6, 6, 6], [3, 3], { random: mulberry32(3), resamples: 100 })).toEqual({
      value: 2,
      interval: [2, 2],
      dropped: 0,
    });
  });
  it('orders a zero denominator as +∞ and drops 0/0 as NaN', () => {
    const r = ratioOfMedians([1, 1], [0, 0], { random: mulberry32(4), resamples: 100 });
    expect(r.value).toBe(Number.POSITIVE_INFINITY);
    expect(r.interval).toEqual([Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]);
    const z = ratioOfMedians([0, 0], [0, 0], { random: mulberry32(4), resamples: 100 });
    expect(z.dropped).toBe(100);
    expect(z.value).toBeNaN();
  });
  it('throws on an empty group', () => {
    expect(() => ratioOfMedians([], [1], { random: mulberry32(1) })).toThrow(RangeError);
  });
});
