import { describe, expect, it } from 'vitest';
import {
  createRng,
  logSampleGamma,
  sampleCategorical,
  sampleDirichlet,
  sampleGamma,
  sampleNormal,
  samplePermutation,
  sampleRademacher,
  sampleUniform,
} from '../src/index.ts';

function moments(xs: ArrayLike<number>): { mean: number; variance: number } {
  let sum = 0;
  for (let i = 0; i < xs.length; i += 1) sum += xs[i] as number;
  const mean = sum / xs.length;
  let sq = 0;
  for (let i = 0; i < xs.length; i += 1) sq += ((xs[i] as number) - mean) ** 2;
  return { mean, variance: sq / xs.length };
}

describe('samplers: same seed, same bits', () => {
  it('sampleUniform(rng, 4, -1, 3)', () => {
    expect(Array.from(sampleUniform(createRng(1), 4, -1, 3))).toEqual([
      -0.5847859382629395, -0.2638165056705475, 2.0474867820739746, -0.000743333192076534,
    ]);
  });
  it('sampleNormal(rng, 5, 2, 0.5)', () => {
    expect(Array.from(sampleNormal(createRng(1), 5, 2, 0.5))).toEqual([
      2.410606861114502, 1.6077163219451904, 2.725076913833618, 2.044679880142212, 2.2752091884613037,
    ]);
  });
  it('sampleRademacher(rng, 10)', () => {
    expect(Array.from(sampleRademacher(createRng(1), 10))).toEqual([1, 1, 1, -1, 1, 1, 1, -1, 1, 1]);
  });
  it('samplePermutation(rng, 10)', () => {
    expect(Array.from(samplePermutation(createRng(1), 10))).toEqual([6, 4, 7, 0, 1, 2, 3, 8, 9, 5]);
  });
  it('sampleCategorical(rng, 10, [0.2, 0, 0.5, 0.3])', () => {
    expect(Array.from(sampleCategorical(createRng(1), 10, [0.2, 0, 0.5, 0.3]))).toEqual([0, 0, 3, 2, 3, 2, 3, 2, 0, 3]);
  });
  it('sampleGamma(rng, 4, 2.5, 2) and sampleGamma(rng, 4, 0.01)', () => {
    expect(Array.from(sampleGamma(createRng(1), 4, 2.5, 2))).toEqual([
      7.2283848984448, 4.433262071964272, 0.9192565170853042, 3.5922297078281815,
    ]);
    expect(Array.from(sampleGamma(createRng(1), 4, 0.01))).toEqual([
      3.1373292586313663e-32, 1.8311635249109632e-90, 1.40026914718984e-77, 6.107935263601947e-30,
    ]);
  });
  it('sampleDirichlet(rng, [0.5, 1, 2])', () => {
    expect(Array.from(sampleDirichlet(createRng(1), [0.5, 1, 2]))).toEqual([
      0.11761440801911911, 0.27000939460929907, 0.6123761973715818,
    ]);
  });
  it('every sampler is a pure function of (params, rng state)', () => {
    const draw = (seed: number) => {
      const rng = createRng(seed);
      return [
        sampleNormal(rng, 33),
        sampleUniform(rng, 7),
        samplePermutation(rng, 9),
        sampleDirichlet(rng, [0.1, 0.2, 3]),
      ];
    };
    expect(draw(77)).toEqual(draw(77));
    expect(draw(77)).not.toEqual(draw(78));
  });
});

describe('samplers: distributions', () => {
  const n = 200_000;

  it('sampleUniform has mean (lo+hi)/2, variance (hi−lo)²/12, and stays in [lo, hi)', () => {
    const xs = sampleUniform(createRng(11), n, 2, 6);
    const { mean, variance } = moments(xs);
    expect(mean).toBeCloseTo(4, 1);
    expect(variance).toBeCloseTo(16 / 12, 1);
    expect(xs.every((x) => x >= 2 && x < 6)).toBe(true);
  });

  it('sampleUniform never returns hi even when float32 rounding would', () => {
    const rng = { nextUint32: () => 0, uniform: () => 1 - 2 ** -53 };
    const xs = sampleUniform(rng, 3, 0, 1);
    expect(Array.from(xs)).toEqual([1 - 2 ** -24, 1 - 2 ** -24, 1 - 2 ** -24]);
  });

  it('sampleNormal has the requested mean, std, and normal tails', () => {
    const xs = sampleNormal(createRng(12), n, -1, 3);
    const { mean, variance } = moments(xs);
    expect(Math.abs(mean + 1)).toBeLessThan(0.03);
    expect(Math.abs(Math.sqrt(variance) - 3)).toBeLessThan(0.03);
    const beyond2 = xs.filter((x) => Math.abs(x + 1) > 6).length / n;
    expect(Math.abs(beyond2 - 0.0455)).toBeLessThan(0.003);
  });

  it('sampleRademacher is ±1 with mean 0', () => {
    const xs = sampleRademacher(createRng(13), n);
    expect(xs.every((x) => x === 1 || x === -1)).toBe(true);
    expect(Math.abs(moments(xs).mean)).toBeLessThan(0.01);
  });

  it('samplePermutation is a permutation, uniform over positions', () => {
    const rng = createRng(14);
    const counts = Array.from({ length: 4 }, () => new Array<number>(4).fill(0));
    for (let t = 0; t < 40_000; t += 1) {
      const p = samplePermutation(rng, 4);
      expect(Array.from(p).sort()).toEqual([0, 1, 2, 3]);
      p.forEach((v, pos) => {
        const row = counts[pos] as number[];
        row[v] = (row[v] as number) + 1;
      });
    }
    for (const row of counts) for (const c of row) expect(Math.abs(c - 10_000)).toBeLessThan(400);
  });

  it('sampleCategorical follows unnormalized weights and never draws zero-weight categories', () => {
    const xs = sampleCategorical(createRng(15), n, [1, 0, 2, 5]);
    const freq = [0, 1, 2, 3].map((k) => xs.filter((x) => x === k).length / n);
    expect(freq[1]).toBe(0);
    expect(Math.abs((freq[0] as number) - 1 / 8)).toBeLessThan(0.005);
    expect(Math.abs((freq[2] as number) - 2 / 8)).toBeLessThan(0.005);
    expect(Math.abs((freq[3] as number) - 5 / 8)).toBeLessThan(0.005);
    expect(() => sampleCategorical(createRng(1), 1, [0, 0])).toThrow(RangeError);
    expect(() => sampleCategorical(createRng(1), 1, [1, -1])).toThrow(RangeError);
  });

  it.each([
    [3.7, 0.5],
    [1, 2],
    [0.3, 1],
  ])('sampleGamma(rng, n, %f, %f) has mean shape·scale and variance shape·scale²', (shape, scale) => {
    const xs = sampleGamma(createRng(16), n, shape, scale);
    const { mean, variance } = moments(xs);
    expect(Math.abs(mean / (shape * scale) - 1)).toBeLessThan(0.02);
    expect(Math.abs(variance / (shape * scale * scale) - 1)).toBeLessThan(0.05);
    expect(xs.every((x) => x >= 0)).toBe(true);
  });

  it('logSampleGamma with shape 1e-3 stays finite where Gamma underflows, with E[log X] = ψ(α)', () => {
    const logs = logSampleGamma(createRng(17), 50_000, 1e-3);
    expect(logs.every((l) => Number.isFinite(l))).toBe(true);
    expect(logs.some((l) => l < -745)).toBe(true);
    // ψ(α) = ψ(α + 1) − 1/α, and ψ(1.001) ≈ −0.5756: E[log X] ≈ −1000.58, sd ≈ 1/α = 1000.
    expect(Math.abs(moments(logs).mean + 1000.58)).toBeLessThan(15);
  });

  it('sampleDirichlet has mean α/Σα and sums to 1', () => {
    const rng = createRng(18);
    const alpha = [0.5, 1.5, 3];
    const sums = [0, 0, 0];
    const draws = 40_000;
    for (let t = 0; t < draws; t += 1) {
      const p = sampleDirichlet(rng, alpha);
      expect(Math.abs(p.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
      p.forEach((v, i) => {
        sums[i] = (sums[i] as number) + v;
      });
    }
    expect(sums.map((s) => s / draws).map((m, i) => Math.abs(m - (alpha[i] as number) / 5))).toSatisfy(
      (errs: number[]) => errs.every((e) => e < 0.005),
    );
  });

  it('sampleDirichlet with α = 1e-3 over 100 categories gives no NaN, no all-zeros, a sum of 1', () => {
    const rng = createRng(19);
    let meanMax = 0;
    for (let t = 0; t < 200; t += 1) {
      const p = sampleDirichlet(rng, new Array<number>(100).fill(1e-3));
      expect(p.every((v) => Number.isFinite(v) && v >= 0)).toBe(true);
      expect(Math.abs(p.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
      meanMax += Math.max(...p) / 200;
    }
    // Σα = 0.1: the mass sits on few categories; a size-biased pick has mean 1/(1 + Σα) ≈ 0.91, the max a little more.
    expect(meanMax).toBeGreaterThan(0.88);
    expect(meanMax).toBeLessThan(0.98);
  });
});
