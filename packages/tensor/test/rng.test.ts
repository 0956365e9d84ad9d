import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed, uniformInt } from '../src/index.ts';

describe('createRng(seed)', () => {
  it('gives a fixed stream for a seed (snapshot of xoroshiro128+ seeded by splitmix32)', () => {
    const rng = createRng(42);
    expect([rng.nextUint32(), rng.nextUint32(), rng.nextUint32(), rng.nextUint32()]).toEqual([
      2971082177, 2611983672, 76507694, 3815445982,
    ]);
    const r7 = createRng(7);
    expect([r7.uniform(), r7.uniform(), r7.uniform()]).toEqual([
      0.2180551302036171, 0.08151404851041955, 0.6978060860314802,
    ]);
  });

  it('gives identical streams for identical seeds and different ones for neighbouring seeds', () => {
    const a = createRng(123);
    const b = createRng(123);
    const c = createRng(124);
    const sa = Array.from({ length: 100 }, () => a.nextUint32());
    expect(Array.from({ length: 100 }, () => b.nextUint32())).toEqual(sa);
    const sc = Array.from({ length: 100 }, () => c.nextUint32());
    expect(sc.filter((x, i) => x === sa[i]).length).toBe(0);
  });

  it('uniform() lies in [0, 1), is a multiple of 2^-53 and has mean ½, variance 1/12', () => {
    const rng = createRng(5);
    const n = 100_000;
    let sum = 0;
    let sq = 0;
    for (let i = 0; i < n; i += 1) {
      const u = rng.uniform();
      expect(u >= 0 && u < 1 && Number.isInteger(u * 2 ** 53)).toBe(true);
      sum += u;
      sq += u * u;
    }
    const mean = sum / n;
    expect(mean).toBeCloseTo(0.5, 2);
    expect(sq / n - mean * mean).toBeCloseTo(1 / 12, 3);
  });

  it('nextUint32() is a uint32 whose bits are balanced', () => {
    const rng = createRng(9);
    const ones = new Array<number>(32).fill(0);
    const n = 20_000;
    for (let i = 0; i < n; i += 1) {
      const x = rng.nextUint32();
      expect(Number.isInteger(x) && x >= 0 && x < 2 ** 32).toBe(true);
      for (let b = 0; b < 32; b += 1) ones[b] = (ones[b] as number) + ((x >>> b) & 1);
    }
    for (const count of ones) expect(Math.abs(count / n - 0.5)).toBeLessThan(0.02);
  });

  it('rejects non-integer seeds', () => {
    expect(() => createRng(1.5)).toThrow(RangeError);
  });
});

describe('deriveSeed(...labels)', () => {
  it('is a fixed uint32 per label list (FNV-1a 32 + fmix32 snapshot)', () => {
    expect(deriveSeed('srhm', 'claim', 3)).toBe(1492735657);
    expect(deriveSeed()).toBe(2872998923);
    expect(deriveSeed('a')).toBe(3814624903);
  });

  it('tells numbers from strings and does not let labels run into each other', () => {
    expect(deriveSeed(1)).not.toBe(deriveSeed('1'));
    expect(deriveSeed('ab', 'c')).not.toBe(deriveSeed('a', 'bc'));
    expect(deriveSeed('a', 1)).not.toBe(deriveSeed('a', 2));
    expect(deriveSeed(-0)).toBe(deriveSeed(0));
  });

  it('spreads consecutive replicates over the whole uint32 range', () => {
    const seeds = Array.from({ length: 1000 }, (_, i) => deriveSeed('suite', 'claim', i));
    expect(new Set(seeds).size).toBe(1000);
    const high = seeds.filter((s) => s >= 2 ** 31).length;
    expect(high).toBeGreaterThan(430);
    expect(high).toBeLessThan(570);
  });

  it('rejects non-finite numbers', () => {
    expect(() => deriveSeed(Number.NaN)).toThrow(RangeError);
  });
});

describe('uniformInt(rng, n)', () => {
  it('is uniform over [0, n) for a non-power-of-two n', () => {
    const rng = createRng(3);
    const counts = new Array<number>(6).fill(0);
    const draws = 60_000;
    for (let i = 0; i < draws; i += 1) {
      const k = uniformInt(rng, 6);
      counts[k] = (counts[k] as number) + 1;
    }
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(400);
  });

  it('covers the full range when n = 2^32 and rejects n outside [1, 2^32]', () => {
    const rng = createRng(3);
    expect(uniformInt(rng, 1)).toBe(0);
    expect(uniformInt(rng, 2 ** 32)).toBeLessThan(2 ** 32);
    expect(() => uniformInt(rng, 0)).toThrow(RangeError);
    expect(() => uniformInt(rng, 2.5)).toThrow(RangeError);
  });
});
