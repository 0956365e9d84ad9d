import { describe, expect, it } from 'vitest';
import { crossingInterval } from '../../src/stats/crossing-interval.ts';
import { locateCrossing } from '../../src/stats/locate-crossing.ts';
import { thresholdCrossing } from '../../src/stats/threshold-crossing.ts';
import { gaussian, mulberry32 } from './seeded.ts';

const P = Array.from({ length: 19 }, (_, i) => 10 ** (1 + i / 6));
const sigmoid = (pStar: number) => P.map((p) => 0.5 / (1 + (p / pStar) ** 3));

describe('thresholdCrossing(xs, ys, threshold, { direction })', () => {
  it('interpolates in log x, not in x and not to the nearest grid point', () => {
    // Halfway in y between x = 10 and x = 1000 is the geometric midpoint 100, not 505 and not 10 or 1000.
    expect(thresholdCrossing([10, 1000], [0.5, 0.1], 0.3, { direction: 'down' })).toBeCloseTo(100, 10);
    expect(thresholdCrossing([10, 1000], [0.5, 0.1], 0.4, { direction: 'down' })).toBeCloseTo(10 ** 1.5, 10);
  });
  it('finds the crossing of an error curve that falls through 0.25 at P* = 316', () => {
    const x = thresholdCrossing(P, sigmoid(316), 0.25, { direction: 'down' });
    expect(x).not.toBeNull();
    // The logistic is curved between grid points; linear interpolation in log P stays within 2%.
    expect(Math.abs((x as number) / 316 - 1)).toBeLessThan(0.02);
  });
  it('reads direction "up" for rising curves and reports the first of several crossings', () => {
    expect(thresholdCrossing([1, 10, 100, 1000], [0.1, 0.9, 0.2, 0.95], 0.5, { direction: 'up' })).toBeCloseTo(
      10 ** 0.5,
      10,
    );
  });
  it('counts reaching the threshold exactly as crossing, at that grid point', () => {
    expect(thresholdCrossing([1, 10, 100], [0.9, 0.5, 0.1], 0.5, { direction: 'down' })).toBeCloseTo(10, 12);
  });
  it('returns null when the curve never crosses and when it starts past the threshold', () => {
    expect(
      thresholdCrossing(
        P,
        P.map(() => 0.5),
        0.25,
        { direction: 'down' },
      ),
    ).toBeNull();
    expect(
      thresholdCrossing(
        P,
        P.map(() => 0.1),
        0.25,
        { direction: 'down' },
      ),
    ).toBeNull();
  });
});

describe('locateCrossing(xs, ys, threshold, { direction })', () => {
  it('tells a crossing below the grid from one that never happens in it', () => {
    expect(locateCrossing([1, 10], [0.1, 0.05], 0.25, { direction: 'down' })).toEqual({
      status: 'below-grid',
      x: null,
    });
    expect(locateCrossing([1, 10], [0.5, 0.4], 0.25, { direction: 'down' })).toEqual({ status: 'never', x: null });
    const c = locateCrossing([1, 100], [0.5, 0], 0.25, { direction: 'down' });
    expect(c.status).toBe('crossed');
    expect(c.x).toBeCloseTo(10, 12);
  });
  it("with which: 'last' reads the crossing after which the curve stays past the threshold", () => {
    // Dips to 0.35 at x = 10 (a noisy start), rises to 0.5, then falls for good: first at 10^0.5, last at 10^2.5.
    const xs = [1, 10, 100, 1000, 10000];
    const ys = [0.45, 0.35, 0.5, 0.3, 0.1];
    const first = locateCrossing(xs, ys, 0.4, { direction: 'down' });
    expect(first.x).toBeCloseTo(10 ** 0.5, 12);
    const last = locateCrossing(xs, ys, 0.4, { direction: 'down', which: 'last' });
    expect(last.status).toBe('crossed');
    expect(last.x).toBeCloseTo(10 ** 2.5, 12);
    // Starting past the threshold is no longer below the grid when the curve comes back above it.
    expect(locateCrossing([1, 10, 100], [0.3, 0.5, 0.2], 0.4, { direction: 'down' }).status).toBe('below-grid');
    expect(locateCrossing([1, 10, 100], [0.3, 0.5, 0.2], 0.4, { direction: 'down', which: 'last' }).x).toBeCloseTo(
      10 ** (4 / 3),
      12,
    );
    // A curve that ends on the near side never stays past it; one never on the near side is below the grid.
    expect(locateCrossing([1, 10, 100], [0.5, 0.2, 0.45], 0.4, { direction: 'down', which: 'last' })).toEqual({
      status: 'never',
      x: null,
    });
    expect(locateCrossing([1, 10], [0.3, 0.2], 0.4, { direction: 'down', which: 'last' })).toEqual({
      status: 'below-grid',
      x: null,
    });
    // Monotone curves have one crossing: first and last agree, also for rising curves.
    const up = { direction: 'up' } as const;
    expect(locateCrossing([1, 10, 100], [0.1, 0.3, 0.9], 0.5, { ...up, which: 'last' })).toEqual(
      locateCrossing([1, 10, 100], [0.1, 0.3, 0.9], 0.5, up),
    );
  });
  it('throws on unsorted or non-positive xs, mismatched lengths and NaN ys', () => {
    const down = { direction: 'down' } as const;
    expect(() => locateCrossing([10, 1], [0.5, 0.1], 0.2, down)).toThrow(RangeError);
    expect(() => locateCrossing([0, 1], [0.5, 0.1], 0.2, down)).toThrow(RangeError);
    expect(() => locateCrossing([1, 2], [0.5], 0.2, down)).toThrow(RangeError);
    expect(() => locateCrossing([1, 2], [0.5, Number.NaN], 0.2, down)).toThrow(RangeError);
    expect(() => locateCrossing([], [], 0.2, down)).toThrow(RangeError);
  });
});

describe('crossingInterval(curves, threshold, options)', () => {
  const noisyCurves = (pStar: number, seeds: number, seed: number) => {
    const normal = gaussian(mulberry32(seed));
    return Array.from({ length: seeds }, (_, s) => ({
      seed: s,
      xs: P,
      ys: sigmoid(pStar).map((y) => y + 0.02 * normal()),
    }));
  };

  it('takes the value from the seed-averaged curve and brackets it', () => {
    const curves = noisyCurves(200, 3, 4);
    const mean = P.map((_, i) => curves.reduce((s, c) => s + (c.ys[i] as number), 0) / curves.length);
    const r = crossingInterval(curves, 0.25, { direction: 'down', random: mulberry32(5) });
    expect(r.value).toBeCloseTo(thresholdCrossing(P, mean, 0.25, { direction: 'down' }) as number, 10);
    expect(r.status).toBe('crossed');
    expect(r.seeds).toBe(3);
    expect(r.resamples).toBe(2000);
    expect(r.unresolved).toEqual({ belowGrid: 0, never: 0 });
    expect(r.interval[0]).toBeLessThan(r.value);
    expect(r.interval[1]).toBeGreaterThan(r.value);
    expect(r.interval[0]).toBeGreaterThan(100);
    expect(r.interval[1]).toBeLessThan(400);
  });

  it('covers a known P* in at least 85% of 200 trials with 3 seeds', () => {
    const random = mulberry32(21);
    let covered = 0;
    for (let t = 0; t < 200; t += 1) {
      const pStar = 10 ** (2 + random());
      const r = crossingInterval(noisyCurves(pStar, 3, 1000 + t), 0.25, { direction: 'down', random, resamples: 500 });
      if (r.interval[0] <= pStar && pStar <= r.interval[1]) covered += 1;
    }
    expect(covered / 200).toBeGreaterThanOrEqual(0.85);
  }, 30_000);

  it('counts resamples that do not cross and opens that end of the interval', () => {
    // One seed's curve stays at 0.5, so resamples dominated by it never reach 0.25 inside the grid.
    const curves = [
      { seed: 'a', xs: P, ys: sigmoid(300) },
      { seed: 'b', xs: P, ys: sigmoid(400) },
      { seed: 'c', xs: P, ys: P.map(() => 0.5) },
    ];
    const r = crossingInterval(curves, 0.25, { direction: 'down', random: mulberry32(8), resamples: 1000 });
    expect(r.status).toBe('crossed');
    expect(r.unresolved.belowGrid).toBe(0);
    // Resamples {c,c,c}, {c,c,a}, {c,c,b} (7 of 27 draws) average to at least 0.5·2/3 + small > 0.25 late.
    expect(r.unresolved.never / 1000).toBeGreaterThan(0.05);
    expect(r.interval[1]).toBe(Number.POSITIVE_INFINITY);
    expect(Number.isFinite(r.interval[0])).toBe(true);
  });

  it('reports a flat control as never crossing, value +∞', () => {
    const curves = [0, 1, 2].map((seed) => ({ seed, xs: P, ys: P.map(() => 0.5) }));
    const r = crossingInterval(curves, 0.25, { direction: 'down', random: mulberry32(1), resamples: 100 });
    expect(r.status).toBe('never');
    expect(r.value).toBe(Number.POSITIVE_INFINITY);
    expect(r.unresolved.never).toBe(100);
    expect(r.interval).toEqual([Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]);
  });

  it('reports a curve already below the threshold as below-grid, value 0', () => {
    const curves = [0, 1, 2].map((seed) => ({ seed, xs: P, ys: P.map(() => 0.1) }));
    const r = crossingInterval(curves, 0.25, { direction: 'down', random: mulberry32(1), resamples: 100 });
    expect(r.status).toBe('below-grid');
    expect(r.value).toBe(0);
    expect(r.unresolved.belowGrid).toBe(100);
  });

  it('throws when curves do not share one grid', () => {
    const curves = [
      { seed: 0, xs: [1, 10], ys: [0.5, 0.1] },
      { seed: 1, xs: [1, 20], ys: [0.5, 0.1] },
    ];
    expect(() => crossingInterval(curves, 0.25, { direction: 'down', random: mulberry32(1) })).toThrow(RangeError);
    expect(() => crossingInterval([], 0.25, { direction: 'down', random: mulberry32(1) })).toThrow(RangeError);
  });
});
