import type { PlotSpec } from '@repro/claims';
import { drawable } from './drawable.ts';
import { histogramBins } from './histogram-bins.ts';
import { logAxes } from './log-axes.ts';
import { type Domain, padDomain } from './pad-domain.ts';

export interface PlotDomains {
  x: Domain;
  y: Domain;
}

/**
 * The axes' domains shared by several plots of one claim (its backends), so small multiples compare
 * at a glance. x covers every drawable point and vertical line; y covers the points, horizontal
 * lines and the fitted and predicted power lines at the ends of x. Log axes follow the first plot.
 */
export function plotDomains(plots: readonly PlotSpec[]): PlotDomains {
  const first = plots[0];
  if (!first) return { x: [0, 1], y: [0, 1] };
  const { logX, logY } = logAxes(first);
  if (first.kind === 'histogram') {
    const perSeries = plots.flatMap((p) =>
      p.series.map((s) => s.points.map((pt) => pt.y).filter((v) => drawable(v, logX))),
    );
    const x = padDomain(perSeries.flat(), logX);
    const counts = perSeries.flatMap((values) => histogramBins(values, x, logX).map((bin) => bin.count));
    return { x, y: [0, Math.max(1, ...counts) * 1.05] };
  }
  const points = plots.flatMap((p) => p.series.flatMap((s) => s.points));
  const shown = points.filter((pt) => drawable(pt.x, logX) && drawable(pt.y, logY));
  const lines = plots.flatMap((p) => p.lines ?? []);
  const xs = [...shown.map((pt) => pt.x), ...lines.filter((l) => l.kind === 'vline').map((l) => l.at)];
  const x = padDomain(
    xs.filter((v) => drawable(v, logX)),
    logX,
  );
  const powers = [
    ...lines.filter((l) => l.kind === 'power' && l.role !== 'threshold'),
    ...plots.flatMap((p) => (p.band ? [p.band] : [])),
  ];
  const ys = [
    ...shown.map((pt) => pt.y),
    ...lines.filter((l) => l.kind === 'hline').map((l) => l.at),
    ...powers.flatMap((l) => x.map((at) => (l.a ?? 1) * at ** (l.b ?? 1))),
  ];
  return {
    x,
    y: padDomain(
      ys.filter((v) => drawable(v, logY)),
      logY,
    ),
  };
}
