import { describe, expect, it } from 'vitest';
import { ranks } from '../../src/stats/ranks.ts';
import { spearman } from '../../src/stats/spearman.ts';
import { spearmanInterval } from '../../src/stats/spearman-interval.ts';
import reference from './fixtures/reference.json' with { type: 'json' };
import { gaussian, mulberry32 } from './seeded.ts';

describe('ranks(values)', () => {
  it('ranks from 1 and gives ties their average rank', () => {
    expect([...ranks([10, 20, 20, 30])]).toEqual([1, 2.5, 2.5, 4]);
    expect([...ranks([3, 1, 2])]).toEqual([3, 1, 2]);
    expect([...ranks([5, 5, 5])]).toEqual([2, 2, 2]);
  });
  it('gives NaN ranks when a value is NaN', () => {
    expect([...ranks([1, Number.NaN])].every(Number.isNaN)).toBe(true);
  });
});

describe('spearman(x, y)', () => {
  it('matches scipy.stats.spearmanr, with and without ties', () => {
    for (const c of reference.spearman) expect(spearman(c.x, c.y)).toBeCloseTo(c.rho, 14);
  });
  it('is ±1 for any strictly monotone relation', () => {
    const x = [1, 2, 3, 4, 5, 6];
    expect(
      spearman(
        x,
        x.map((v) => Math.exp(v)),
      ),
    ).toBe(1);
    expect(
      spearman(
        x,
        x.map((v) => -(v ** 3)),
      ),
    ).toBe(-1);
  });
  it('is NaN for a constant variable, mismatched lengths or fewer than two pairs', () => {
    expect(spearman([1, 2, 3], [4, 4, 4])).toBeNaN();
    expect(spearman([1, 2], [1])).toBeNaN();
    expect(spearman([1], [1])).toBeNaN();
  });
});

describe('spearmanInterval(pairs, options)', () => {
  it('brackets a positive rank correlation and excludes 0 for a clear monotone trend', () => {
    const normal = gaussian(mulberry32(3));
    const pairs = Array.from({ length: 40 }, (_, i) => ({ x: i, y: Math.log1p(i) + 0.3 * normal(), seed: i }));
    const r = spearmanInterval(pairs, { random: mulberry32(4) });
    expect(r.value).toBe(
      spearman(
        pairs.map((p) => p.x),
        pairs.map((p) => p.y),
      ),
    );
    expect(r.units).toBe(40);
    expect(r.interval[0]).toBeGreaterThan(0.5);
    expect(r.interval[0]).toBeLessThan(r.value);
    expect(r.interval[1]).toBeGreaterThan(r.value);
    expect(r.interval[1]).toBeLessThanOrEqual(1);
  });
  it('straddles 0 for independent variables', () => {
    const normal = gaussian(mulberry32(5));
    const pairs = Array.from({ length: 40 }, (_, i) => ({ x: normal(), y: normal(), seed: i }));
    const r = spearmanInterval(pairs, { random: mulberry32(6) });
    expect(r.interval[0]).toBeLessThan(0);
    expect(r.interval[1]).toBeGreaterThan(0);
  });
  it('resamples whole seeds and drops resamples on which the correlation is undefined', () => {
    // Two seeds with one pair each: resamples drawing one seed twice have constant x (half of them).
    const pairs = [
      { x: 1, y: 1, seed: 'a' },
      { x: 2, y: 3, seed: 'b' },
    ];
    const r = spearmanInterval(pairs, { random: mulberry32(7), resamples: 1000 });
    expect(r.units).toBe(2);
    expect(r.dropped / 1000).toBeCloseTo(0.5, 1);
    expect(r.interval).toEqual([1, 1]);
  });
});
