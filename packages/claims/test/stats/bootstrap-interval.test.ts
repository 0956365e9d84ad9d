import { describe, expect, it } from 'vitest';
import { bootstrapInterval } from '../../src/stats/bootstrap-interval.ts';
import { groupBySeed } from '../../src/stats/group-by-seed.ts';
import { mean } from '../../src/stats/mean.ts';
import { median } from '../../src/stats/median.ts';
import { percentileInterval } from '../../src/stats/percentile-interval.ts';
import { resample } from '../../src/stats/resample.ts';
import { gaussian, mulberry32 } from './seeded.ts';

describe('resample(values, random)', () => {
  it('draws n values with replacement at index ⌊random·n⌋', () => {
    const script = [0, 0.99, 0.5, 0.25];
    let i = 0;
    expect(resample(['a', 'b', 'c', 'd'], () => script[i++] as number)).toEqual(['a', 'd', 'c', 'b']);
  });
  it('clamps a source that returns 1 to the last index', () => {
    expect(resample([1, 2, 3], () => 1)).toEqual([3, 3, 3]);
  });
});

describe('groupBySeed(items)', () => {
  it('groups by seed in order of first appearance, keeping 3 and "3" apart', () => {
    const items = [
      { seed: 2, v: 'a' },
      { seed: '3', v: 'b' },
      { seed: 2, v: 'c' },
      { seed: 3, v: 'd' },
    ];
    expect(groupBySeed(items).map((g) => g.map((i) => i.v))).toEqual([['a', 'c'], ['b'], ['d']]);
  });
});

describe('percentileInterval(replicates, level)', () => {
  it('takes the type-7 quantiles at (1 ∓ level)/2', () => {
    const reps = Array.from({ length: 101 }, (_, i) => i);
    const { interval, dropped } = percentileInterval(reps, 0.9);
    expect(interval[0]).toBeCloseTo(5, 12);
    expect(interval[1]).toBeCloseTo(95, 12);
    expect(dropped).toBe(0);
  });
  it('drops and counts NaN, keeps ±∞ in order', () => {
    const reps = [Number.NaN, 1, 2, 3, Number.POSITIVE_INFINITY, Number.NaN];
    expect(percentileInterval(reps, 0.5)).toEqual({ interval: [1.75, Number.POSITIVE_INFINITY], dropped: 2 });
    expect(percentileInterval([Number.NaN], 0.9).interval).toEqual([Number.NaN, Number.NaN]);
  });
  it('rejects a level outside (0, 1)', () => {
    expect(() => percentileInterval([1, 2], 1)).toThrow(RangeError);
  });
});

describe('bootstrapInterval(samples, statistic, options)', () => {
  it('returns statistic(samples) as the value and an interval around it', () => {
    const normal = gaussian(mulberry32(1));
    const samples = Array.from({ length: 200 }, () => 10 + normal());
    const r = bootstrapInterval(samples, mean, { random: mulberry32(2), resamples: 4000, level: 0.9 });
    expect(r.value).toBe(mean(samples));
    expect(r.dropped).toBe(0);
    // Percentile half-width ≈ z₀.₉₅·sd/√n ≈ 1.645 · 1 / √200 ≈ 0.116.
    expect((r.interval[1] - r.interval[0]) / 2).toBeCloseTo(0.116, 1);
    expect(r.interval[0]).toBeLessThan(r.value);
    expect(r.interval[1]).toBeGreaterThan(r.value);
  });
  it('is reproducible with the same random source and differs with another', () => {
    const samples = [3, 1, 4, 1, 5, 9, 2, 6];
    const a = bootstrapInterval(samples, median, { random: mulberry32(7), resamples: 500 });
    const b = bootstrapInterval(samples, median, { random: mulberry32(7), resamples: 500 });
    const c = bootstrapInterval(samples, mean, { random: mulberry32(8), resamples: 500 });
    expect(a).toEqual(b);
    expect(c.interval).not.toEqual(
      bootstrapInterval(samples, mean, { random: mulberry32(9), resamples: 500 }).interval,
    );
  });
  it('drops and counts resamples on which the statistic is NaN', () => {
    // A variance over one distinct unit is fine; a "spread ratio" over all-equal resamples is 0/0.
    const statistic = (r: number[]) => (Math.max(...r) - Math.min(...r)) / (Math.max(...r) - Math.min(...r));
    const r = bootstrapInterval([1, 2], statistic, { random: mulberry32(3), resamples: 1000 });
    expect(r.value).toBe(1);
    // Half of the resamples of two units draw the same unit twice.
    expect(r.dropped / 1000).toBeCloseTo(0.5, 1);
    expect(r.interval).toEqual([1, 1]);
  });
  it('throws on no units', () => {
    expect(() => bootstrapInterval([], mean, { random: mulberry32(1) })).toThrow(RangeError);
  });
});
