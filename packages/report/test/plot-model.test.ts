import type { PlotSpec } from '@repro/claims';
import { describe, expect, it } from 'vitest';
import { plotDomains } from '../src/plot-domains.ts';
import { plotModel } from '../src/plot-model.ts';
import { POWER_SAMPLES } from '../src/power-samples.ts';

const scaling: PlotSpec = {
  kind: 'scaling',
  xLabel: 'P',
  yLabel: 'error',
  series: [
    {
      name: 'runs',
      points: [
        { x: 10, y: 1, seed: 0 },
        { x: 100, y: 10, seed: 0 },
        { x: 10, y: 2, seed: 1 },
        { x: 100, y: 0, seed: 1 },
        { x: -5, y: 3, seed: 1 },
        { x: 1000, y: Number.NaN, seed: 2 },
      ],
    },
  ],
  lines: [{ name: 'predicted', kind: 'power', a: 0.1, b: 1, role: 'prediction' }],
  band: { name: 'fit', a: 0.2, b: 0.9, interval: [0.8, 1.1], pivot: 31.6 },
};

const curve: PlotSpec = {
  kind: 'curve',
  xLabel: 'step',
  yLabel: 'loss',
  series: [
    { name: 'train', points: [3, 1, 2].map((x) => ({ x, y: 1 / x })) },
    { name: 'test', points: [1, 2, 3].map((x) => ({ x, y: 2 / x })) },
  ],
  lines: [
    { name: 'target', kind: 'hline', at: 0.5, role: 'threshold' },
    { name: 'warm-up end', kind: 'vline', at: 2 },
  ],
};

describe('plotModel(plot) for a scaling plot', () => {
  const model = plotModel(scaling);

  it('is log-log by default and keeps every drawable point with its seed', () => {
    expect([model.logX, model.logY]).toEqual([true, true]);
    expect(model.points).toEqual([
      { x: 10, y: 1, series: 0, seed: 0 },
      { x: 100, y: 10, series: 0, seed: 0 },
      { x: 10, y: 2, series: 0, seed: 1 },
    ]);
  });

  it('drops non-positive and non-finite values on log axes and counts them', () => {
    expect(model.dropped).toBe(3);
  });

  it('draws the predicted power line and the band centre as the fit, sampled across the x domain', () => {
    expect(model.lines.map((l) => [l.name, l.role, l.points.length])).toEqual([
      ['predicted', 'prediction', POWER_SAMPLES],
      ['fit', 'fit', POWER_SAMPLES],
    ]);
    const [x0, x1] = model.domains.x;
    const predicted = model.lines[0]?.points ?? [];
    expect(predicted[0]?.x).toBeCloseTo(x0, 9);
    expect(predicted[0]?.y).toBeCloseTo(0.1 * x0, 9);
    expect(predicted.at(-1)?.x).toBeCloseTo(x1, 6);
    expect(predicted.at(-1)?.y).toBeCloseTo(0.1 * x1, 6);
  });

  it('draws the band between the lines through (pivot, a·pivot^b) with the interval slopes', () => {
    const band = model.band;
    if (!band) throw new Error('no band');
    const centre = 0.2 * 31.6 ** 0.9;
    expect(band.pivot).toEqual({ x: 31.6, y: centre });
    const at = band.lower.findIndex((p) => p.x === 31.6);
    expect(band.lower[at]?.y).toBeCloseTo(centre, 12);
    expect(band.upper[at]?.y).toBeCloseTo(centre, 12);
    const x1 = model.domains.x[1];
    expect(band.upper.at(-1)?.y).toBeCloseTo(centre * (x1 / 31.6) ** 1.1, 9);
    expect(band.lower.at(-1)?.y).toBeCloseTo(centre * (x1 / 31.6) ** 0.8, 9);
    const x0 = model.domains.x[0];
    expect(band.upper[0]?.y).toBeCloseTo(centre * (x0 / 31.6) ** 0.8, 9);
    expect(band.lower[0]?.y).toBeCloseTo(centre * (x0 / 31.6) ** 1.1, 9);
    expect(band.lower.length).toBe(POWER_SAMPLES + 1);
  });

  it('keeps a given fit line instead of the band centre', () => {
    const withFit = plotModel({ ...scaling, lines: [{ name: 'my fit', kind: 'power', a: 1, b: 1, role: 'fit' }] });
    expect(withFit.lines.map((l) => l.name)).toEqual(['my fit']);
  });

  it('fills to the edge of the plot where a slope bound is infinite (null in results.json)', () => {
    const open = plotModel({
      ...scaling,
      band: {
        ...(scaling.band as NonNullable<PlotSpec['band']>),
        interval: [0.8, null] as unknown as [number, number],
      },
    });
    const [y0, y1] = open.domains.y.map(Math.log10) as [number, number];
    expect(open.band?.slopes).toEqual([0.8, Number.POSITIVE_INFINITY]);
    expect(Math.log10(open.band?.upper.at(-1)?.y ?? 0)).toBeCloseTo(y1 + (y1 - y0), 9);
    expect(Math.log10(open.band?.lower[0]?.y ?? 0)).toBeCloseTo(y0 - (y1 - y0), 9);
  });
});

describe('plotModel(plot) for a curve plot', () => {
  const model = plotModel(curve);

  it('draws every point and one line per series in x order', () => {
    expect(model.points).toHaveLength(6);
    const train = model.lines.find((l) => l.name === 'train');
    expect(train).toEqual({
      name: 'train',
      role: 'series',
      series: 0,
      points: [
        { x: 1, y: 1 },
        { x: 2, y: 0.5 },
        { x: 3, y: 1 / 3 },
      ],
    });
  });

  it('spans horizontal and vertical lines across the other axis', () => {
    const { x, y } = model.domains;
    expect(model.lines.find((l) => l.name === 'target')?.points).toEqual([
      { x: x[0], y: 0.5 },
      { x: x[1], y: 0.5 },
    ]);
    expect(model.lines.find((l) => l.name === 'warm-up end')).toEqual({
      name: 'warm-up end',
      role: 'reference',
      points: [
        { x: 2, y: y[0] },
        { x: 2, y: y[1] },
      ],
    });
    expect(model.lines).toHaveLength(4);
    expect(model.band).toBeNull();
  });

  it('leaves out a horizontal line a log axis cannot show, and counts it', () => {
    const logged = plotModel({ ...curve, logY: true, lines: [{ name: 'zero', kind: 'hline', at: 0 }] });
    expect(logged.lines.map((l) => l.name)).toEqual(['train', 'test']);
    expect(logged.dropped).toBe(1);
  });
});

describe('plotModel(plot, domains)', () => {
  it('draws on shared domains, so every backend of a claim has the same axes', () => {
    const other: PlotSpec = { ...curve, series: [{ name: 'train', points: [{ x: 10, y: 5 }] }] };
    const shared = plotDomains([curve, other]);
    const a = plotModel(curve, shared);
    const b = plotModel(other, shared);
    expect(a.domains).toEqual(b.domains);
    expect(a.domains.x[1]).toBeGreaterThan(10);
    expect(a.lines.find((l) => l.name === 'target')?.points.at(-1)?.x).toBe(shared.x[1]);
  });
});

describe('plotModel(histogram)', () => {
  it('draws one closed step outline per series whose counts add up to the values', () => {
    const model = plotModel({
      kind: 'histogram',
      xLabel: 'v',
      yLabel: 'count',
      series: [{ name: 'v', points: [1, 2, 2, 3, 3, 3, 4, 4, Number.NaN].map((y, x) => ({ x, y })) }],
    });
    expect(model.points).toEqual([]);
    expect(model.dropped).toBe(1);
    const steps = model.lines[0]?.points ?? [];
    expect([steps[0]?.y, steps.at(-1)?.y]).toEqual([0, 0]);
    const counts = steps.slice(1, -1).filter((_, i) => i % 2 === 0);
    expect(counts.reduce((sum, p) => sum + p.y, 0)).toBe(8);
  });
});
