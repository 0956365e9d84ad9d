import { createRng } from '@repro/tensor';
import { describe, expect, it } from 'vitest';
import { countPlateaus, PLATEAU_RULE } from '../src/count-plateaus.ts';
import { samplesToReach } from '../src/escape-samples.ts';
import { hermite } from '../src/hermite.ts';
import { evaluateTarget, leapTarget } from '../src/leap-target.ts';
import { learnedInOrder, learnTimes } from '../src/learn-times.ts';
import { fastestLearningRate, largestStableLearningRate } from '../src/learning-rate-rule.ts';
import { sampleInputs } from '../src/sample-inputs.ts';
import { sgdStep, stepScratch } from '../src/sgd-step.ts';
import { trainOnline } from '../src/train-online.ts';
import { forwardTwoLayerNet, initTwoLayerNet } from '../src/two-layer-net.ts';
import { weightMass } from '../src/weight-mass.ts';

describe('hermite(k, z)', () => {
  it('follows He_{k+1} = z·He_k − k·He_{k−1}', () => {
    expect(hermite(0, 1.7)).toBe(1);
    expect(hermite(2, 3)).toBeCloseTo(8);
    expect(hermite(3, 2)).toBeCloseTo(2);
    expect(hermite(4, 1)).toBeCloseTo(1 - 6 + 3);
  });
});

describe('leapTarget(text, basis) and evaluateTarget', () => {
  it('normalizes to unit variance on the cube and on Gaussian data (Monte Carlo)', () => {
    for (const [text, basis] of [
      ['x1 + 2*x1*x2 + x3', 'boolean'],
      ['He2(x1) + x1*x2', 'gaussian'],
    ] as const) {
      const t = leapTarget(text, basis);
      const n = 40_000;
      const x = sampleInputs(createRng(7), n, 4, basis);
      const y = evaluateTarget(t, x, n, 4);
      const mean = y.reduce((s, v) => s + v, 0) / n;
      const second = y.reduce((s, v) => s + v * v, 0) / n;
      expect(Math.abs(mean)).toBeLessThan(0.03);
      expect(second).toBeGreaterThan(0.95);
      expect(second).toBeLessThan(1.05);
    }
  });

  it('carries the leap and a leap-minimizing order of the written terms', () => {
    const t = leapTarget('x1*x2*x3*x4*x5 + x1 + x1*x2*x3');
    expect(t.leap).toBe(2);
    expect(t.order.map((k) => t.names[k])).toEqual(['x1', 'x1*x2*x3', 'x1*x2*x3*x4*x5']);
    expect(t.support).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('sampleInputs(rng, n, d, basis)', () => {
  it('draws ±1 coordinates on the cube and N(0, 1) ones on Gaussian data, reproducibly', () => {
    const b = sampleInputs(createRng(1), 1000, 10, 'boolean');
    expect(b.every((v) => v === 1 || v === -1)).toBe(true);
    expect(Math.abs(b.reduce((s, v) => s + v, 0)) / b.length).toBeLessThan(0.05);
    const g = sampleInputs(createRng(1), 1000, 10, 'gaussian');
    expect(g.reduce((s, v) => s + v * v, 0) / g.length).toBeGreaterThan(0.9);
    expect(sampleInputs(createRng(1), 5, 3, 'gaussian')).toEqual(sampleInputs(createRng(1), 5, 3, 'gaussian'));
  });
});

describe('sgdStep(net, x, y, batch, lr, scratch)', () => {
  it('moves every parameter by −lr times the gradient of (1/2B)Σ(f − y)² (finite differences)', () => {
    const rng = createRng(3);
    const [d, m, batch] = [5, 7, 4];
    const net = initTwoLayerNet(rng, d, m);
    net.b.set(sampleInputs(rng, m, 1, 'gaussian').map((v) => 0.1 * v));
    const x = sampleInputs(rng, batch, d, 'gaussian');
    const y = sampleInputs(rng, batch, 1, 'gaussian');
    const loss = () => {
      const { out } = forwardTwoLayerNet(net, x, batch);
      return out.reduce((s, f, r) => s + (f - (y[r] as number)) ** 2, 0) / (2 * batch);
    };
    const h = 1e-6;
    const numeric = (arr: Float64Array, i: number) => {
      const keep = arr[i] as number;
      arr[i] = keep + h;
      const up = loss();
      arr[i] = keep - h;
      const down = loss();
      arr[i] = keep;
      return (up - down) / (2 * h);
    };
    const grads = [net.w, net.b, net.a].map((arr) => Array.from(arr, (_, i) => numeric(arr, i)));
    const before = [net.w, net.b, net.a].map((arr) => Float64Array.from(arr));
    const lr = 0.01;
    sgdStep(net, x, y, batch, lr, stepScratch(batch, m));
    [net.w, net.b, net.a].forEach((arr, p) => {
      arr.forEach((v, i) => {
        expect((((before[p] as Float64Array)[i] as number) - v) / lr).toBeCloseTo(
          (grads[p] as number[])[i] as number,
          5,
        );
      });
    });
  });
});

describe('trainOnline(target, config, rng)', () => {
  const config = {
    d: 8,
    width: 64,
    batch: 16,
    lr: 0.05,
    maxSamples: 20_000,
    stopBelow: 0.1,
    testSize: 300,
    minEvalSteps: 1,
    evalGrowth: 1.1,
  };
  it('learns a leap-1 staircase at d = 8 and its coefficients approach the target ones', () => {
    const t = leapTarget('x1 + x1*x2');
    const run = trainOnline(t, { ...config, labels: 'target' }, createRng(11));
    expect(run.diverged).toBe(false);
    expect(run.nmse.at(-1)).toBeLessThanOrEqual(0.1);
    const escaped = samplesToReach(run, 0.5) as number;
    expect(escaped).toBeGreaterThan(0);
    expect(escaped).toBeLessThan(run.samples.at(-1) as number);
    for (const [k, series] of run.coefficients.entries()) {
      expect(series.at(-1)).toBeGreaterThan(0.6 * (t.terms[k]?.coefficient as number));
    }
    const mass = run.displacementMass;
    expect(Math.min(mass[0] as number, mass[1] as number)).toBeGreaterThan(Math.max(...mass.slice(2)));
  });

  it('does not escape on random labels, and flags divergence at a huge lr', () => {
    const t = leapTarget('x1 + x1*x2');
    const random = trainOnline(t, { ...config, maxSamples: 5000, labels: 'random' }, createRng(12));
    expect(samplesToReach(random, 0.5)).toBeNull();
    expect(Math.min(...random.nmse)).toBeGreaterThan(0.8);
    const diverged = trainOnline(t, { ...config, lr: 50, labels: 'target' }, createRng(13));
    expect(diverged.diverged).toBe(true);
  });
});

describe('weightMass(w, d, width, reference?)', () => {
  it('sums |w_ji| (or |w_ji − w0_ji|) over neurons per coordinate', () => {
    const w = Float64Array.from([1, -2, 3, -4]);
    expect(weightMass(w, 2, 2)).toEqual([4, 6]);
    expect(weightMass(w, 2, 2, Float64Array.from([1, 0, 0, 0]))).toEqual([3, 6]);
  });
});

describe('fastestLearningRate(trials)', () => {
  it('takes the smallest median escape among lrs where no seed diverged (never escaped = +∞), ties to the larger lr', () => {
    expect(
      fastestLearningRate([
        { lr: 0.2, escapes: [null, null, 100], diverged: 0 },
        { lr: 0.1, escapes: [300, 200, null], diverged: 0 },
        { lr: 0.05, escapes: [400, 500, 450], diverged: 0 },
      ]),
    ).toBe(0.1);
    expect(
      fastestLearningRate([
        { lr: 0.1, escapes: [300, 200, null], diverged: 1 },
        { lr: 0.05, escapes: [400, 500, 450], diverged: 0 },
      ]),
    ).toBe(0.05);
    expect(
      fastestLearningRate([
        { lr: 0.1, escapes: [5, 5], diverged: 0 },
        { lr: 0.2, escapes: [5, 5], diverged: 0 },
      ]),
    ).toBe(0.2);
    expect(fastestLearningRate([{ lr: 0.1, escapes: [null, null], diverged: 0 }])).toBeNull();
  });
});

describe('largestStableLearningRate(pilots)', () => {
  it('takes the largest lr at which no pilot diverged and every pilot escaped, whatever the escape times', () => {
    const pilots = [
      { lr: 0.2, escapes: [null, null], diverged: 2 },
      { lr: 0.1, escapes: [100, null], diverged: 1 },
      { lr: 0.05, escapes: [900, 1200], diverged: 0 },
      { lr: 0.025, escapes: [500, 600], diverged: 0 },
    ];
    expect(largestStableLearningRate(pilots)).toBe(0.05);
    expect(largestStableLearningRate(pilots.slice(0, 2))).toBeNull();
    expect(largestStableLearningRate([{ lr: 0.05, escapes: [900, null], diverged: 0 }])).toBeNull();
    expect(largestStableLearningRate([])).toBeNull();
  });
});

describe('initTwoLayerNet(rng, d, width, outputStd)', () => {
  it('draws the second layer at the given scale (default 1/√m)', () => {
    const sd = (v: Float64Array) => Math.sqrt(v.reduce((s, x) => s + x * x, 0) / v.length);
    expect(sd(initTwoLayerNet(createRng(3), 8, 4096).a)).toBeCloseTo(1 / 64, 2);
    expect(sd(initTwoLayerNet(createRng(3), 8, 4096, 1 / 4096).a) * 4096).toBeCloseTo(1, 1);
  });
});

describe('countPlateaus(samples, values, rule)', () => {
  const samples = Array.from({ length: 200 }, (_, i) => Math.round(10 * 1.05 ** i));
  const staircase = samples.map((s) => (s < 300 ? 1 : s < 5000 ? 2 / 3 : s < 60_000 ? 1 / 3 : 0.01));
  it('counts the flat stretches of a staircase and ignores a smooth descent', () => {
    expect(countPlateaus(samples, staircase, PLATEAU_RULE).map((p) => Number(p.level.toFixed(2)))).toEqual([
      1, 0.67, 0.33,
    ]);
    const smooth = samples.map((_, i) => Math.max(0.01, 1 - i / 150));
    expect(countPlateaus(samples, smooth, PLATEAU_RULE).length).toBeLessThanOrEqual(1);
  });
});

describe('learnTimes(samples, coefficients, targets) and learnedInOrder', () => {
  it('finds when each coefficient reaches half its target and checks a separated order', () => {
    const samples = [0, 100, 200, 400, 800, 1600];
    const coefficients = [
      [0, 0.1, 0.6, 0.9, 1, 1],
      [0, 0, 0, 0.2, 0.8, 1],
    ];
    const times = learnTimes(samples, coefficients, [1, 1]);
    expect(times[0]).toBeGreaterThan(100);
    expect(times[0]).toBeLessThan(200);
    expect(times[1]).toBeGreaterThan(400);
    expect(learnedInOrder(times, [0, 1], 1.25)).toBe(true);
    expect(learnedInOrder(times, [1, 0], 1.25)).toBe(false);
    expect(learnedInOrder([100, 110], [0, 1], 1.25)).toBe(false);
  });
});
