import { describe, expect, it } from 'vitest';
import { bootstrapInterval } from '../../src/stats/bootstrap-interval.ts';
import { mean } from '../../src/stats/mean.ts';
import { normalQuantile } from '../../src/stats/normal-quantile.ts';
import { resample } from '../../src/stats/resample.ts';
import { seedInterval } from '../../src/stats/seed-interval.ts';
import { studentTQuantile } from '../../src/stats/student-t-quantile.ts';
import { variance } from '../../src/stats/variance.ts';
import { mulberry32 } from './seeded.ts';

const inf = Number.POSITIVE_INFINITY;

describe('seedInterval(value, replicates, { seeds, level })', () => {
  it('is value ± t(n − 1)·sd(replicates)·√(n/(n − 1))', () => {
    const reps = [0.8, 1.1, 0.9, 1.3, 1.0, 0.7];
    const half = studentTQuantile(0.95, 4) * Math.sqrt(variance(reps) * (5 / 4));
    const { interval, dropped } = seedInterval(1, reps, { seeds: 5, level: 0.9 });
    expect(interval[0]).toBeCloseTo(1 - half, 14);
    expect(interval[1]).toBeCloseTo(1 + half, 14);
    expect(dropped).toBe(0);
  });
  it('reproduces the exact t interval of a mean over seeds, which the plain percentile bootstrap misses', () => {
    const seedValues = [2.1, 1.4, 2.9, 2.2];
    const n = seedValues.length;
    const exactHalf = (studentTQuantile(0.95, n - 1) * Math.sqrt(variance(seedValues))) / Math.sqrt(n);
    const boot = bootstrapInterval(seedValues, mean, { random: mulberry32(11), resamples: 20_000, level: 0.9 });
    const random = mulberry32(12);
    const reps = Array.from({ length: 20_000 }, () => mean(resample(seedValues, random)));
    const { interval } = seedInterval(mean(seedValues), reps, { seeds: n, level: 0.9 });
    expect((interval[1] - interval[0]) / 2 / exactHalf).toBeCloseTo(1, 1);
    // The plain percentile interval is about z/t·√((n − 1)/n) ≈ 0.61 as wide.
    expect((boot.interval[1] - boot.interval[0]) / 2 / exactHalf).toBeLessThan(0.7);
  });
  it('says nothing with fewer than two seeds: [−∞, ∞]', () => {
    expect(seedInterval(2, [2, 2, 2], { seeds: 1, level: 0.9 }).interval).toEqual([-inf, inf]);
  });
  it('widens each side of the percentile interval by √(n/(n − 1))·t/z when a replicate is infinite', () => {
    const reps = [...Array.from({ length: 97 }, (_, i) => 1 + i / 96), inf, inf, inf];
    const k = (Math.sqrt(3 / 2) * studentTQuantile(0.95, 2)) / normalQuantile(0.95);
    const { interval } = seedInterval(1.5, reps, { seeds: 3, level: 0.9 });
    expect(interval[0]).toBeCloseTo(1.5 - k * (1.5 - (1 + 4.95 / 96)), 12);
    expect(interval[1]).toBeCloseTo(1.5 + k * (1 + 94.05 / 96 - 1.5), 12);
    const many = [...Array.from({ length: 90 }, () => 1), ...Array.from({ length: 10 }, () => inf)];
    expect(seedInterval(1, many, { seeds: 3, level: 0.9 }).interval[1]).toBe(inf);
  });
  it('returns the plain percentiles when the value itself is infinite, and drops NaN replicates', () => {
    const reps = [1, 2, inf, inf, Number.NaN];
    const r = seedInterval(inf, reps, { seeds: 4, level: 0.5 });
    expect(r.interval).toEqual([1.75, inf]);
    expect(r.dropped).toBe(1);
  });
});
