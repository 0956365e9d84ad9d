import type { PlotSpec } from '@repro/claims';
import { describe, expect, it } from 'vitest';
import { plotDomains } from '../src/plot-domains.ts';

const spec = (points: [number, number][], extra: Partial<PlotSpec> = {}): PlotSpec => ({
  kind: 'scaling',
  xLabel: 'x',
  yLabel: 'y',
  series: [{ name: 's', points: points.map(([x, y]) => ({ x, y })) }],
  ...extra,
});

describe('plotDomains(plots)', () => {
  it('pads the extent by 5% each side in log space on log axes, ignoring non-positive values', () => {
    const { x, y } = plotDomains([
      spec([
        [10, 1],
        [1000, 100],
        [0, 5],
        [50, -1],
      ]),
    ]);
    expect(x[0]).toBeCloseTo(10 ** 0.9, 9);
    expect(x[1]).toBeCloseTo(10 ** 3.1, 9);
    expect(y[0]).toBeCloseTo(10 ** -0.1, 9);
    expect(y[1]).toBeCloseTo(10 ** 2.1, 9);
  });

  it('pads linearly on linear axes and covers horizontal and vertical lines', () => {
    const { x, y } = plotDomains([
      spec(
        [
          [0, 0],
          [10, 1],
        ],
        {
          kind: 'curve',
          lines: [
            { name: 'h', kind: 'hline', at: 2 },
            { name: 'v', kind: 'vline', at: 20 },
          ],
        },
      ),
    ]);
    expect(x).toEqual([-1, 21]);
    expect(y).toEqual([-0.1, 2.1]);
  });

  it('is the union over several plots (a claim on several backends)', () => {
    const a = spec([
      [1, 1],
      [10, 10],
    ]);
    const b = spec([
      [100, 1000],
      [10, 10],
    ]);
    const both = plotDomains([a, b]);
    expect(both.x[1]).toBeCloseTo(10 ** 2.1, 9);
    expect(both.y[1]).toBeCloseTo(10 ** 3.15, 9);
  });

  it('stretches y to show a predicted power line at the ends of x', () => {
    const { y } = plotDomains([
      spec(
        [
          [1, 1],
          [10, 10],
        ],
        { lines: [{ name: 'p', kind: 'power', a: 1, b: 2, role: 'prediction' }] },
      ),
    ]);
    expect(Math.log10(y[1])).toBeGreaterThan(2);
  });

  it('gives a default window without points and a window around a single value', () => {
    expect(plotDomains([spec([])])).toEqual({ x: [1, 10], y: [1, 10] });
    expect(plotDomains([spec([[5, 2]], { kind: 'curve' })])).toEqual({ x: [4.5, 5.5], y: [1.8, 2.2] });
  });
});
