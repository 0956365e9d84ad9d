import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../src/stats/wilson-interval.ts';
import reference from './fixtures/reference.json' with { type: 'json' };

describe('wilsonInterval(successes, n, level)', () => {
  it('matches the Wilson score formula computed with SciPy', () => {
    for (const [k, n, level, [lo, hi]] of reference.wilson as [number, number, number, [number, number]][]) {
      const r = wilsonInterval(k, n, level);
      expect(r.value).toBe(k / n);
      expect(r.interval[0]).toBeCloseTo(lo, 12);
      expect(r.interval[1]).toBeCloseTo(hi, 12);
    }
  });
  it('defaults to a 90% interval: 170/200 → [0.8038, 0.8868]', () => {
    const r = wilsonInterval(170, 200);
    expect(r.value).toBe(0.85);
    expect(r.interval[0]).toBeCloseTo(0.8038, 4);
    expect(r.interval[1]).toBeCloseTo(0.8868, 4);
  });
  it('does not collapse at 0 or n successes and stays inside [0, 1]', () => {
    expect(wilsonInterval(0, 10).interval[0]).toBe(0);
    expect(wilsonInterval(0, 10).interval[1]).toBeGreaterThan(0.1);
    expect(wilsonInterval(10, 10).interval[1]).toBe(1);
    expect(wilsonInterval(10, 10).interval[0]).toBeLessThan(0.9);
  });
  it('returns value NaN and [0, 1] for n = 0 and throws on impossible counts', () => {
    expect(wilsonInterval(0, 0)).toEqual({ value: Number.NaN, interval: [0, 1] });
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 2, 1)).toThrow(RangeError);
  });
});
