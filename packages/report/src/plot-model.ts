import type { PlotBand, PlotLine, PlotSpec } from '@repro/claims';
import { type BandModel, bandModel } from './band-model.ts';
import { drawable } from './drawable.ts';
import { histogramBins } from './histogram-bins.ts';
import { logAxes } from './log-axes.ts';
import { type PlotDomains, plotDomains } from './plot-domains.ts';
import { powerSamples } from './power-samples.ts';

export interface XY {
  x: number;
  y: number;
}

export interface ModelPoint extends XY {
  /** Index into `series`. */
  series: number;
  seed?: number | string;
}

export type LineRole = 'series' | 'fit' | 'prediction' | 'threshold' | 'reference';

export interface ModelLine {
  name: string;
  role: LineRole;
  /** Index into `series` for a series' own line. */
  series?: number;
  points: XY[];
}

/** What a plot draws, in data coordinates: a renderer only maps it through its scales. */
export interface PlotModel {
  kind: PlotSpec['kind'];
  xLabel: string;
  yLabel: string;
  logX: boolean;
  logY: boolean;
  domains: PlotDomains;
  series: string[];
  points: ModelPoint[];
  lines: ModelLine[];
  band: BandModel | null;
  /** Points (and reference lines) left out: not finite, or not positive on a log axis. */
  dropped: number;
}

const roleOf = (line: PlotLine): LineRole => line.role ?? 'reference';

/**
 * PlotSpec → PlotModel. Scaling: every seed's point, the reference lines and the slope band, whose
 * centre y = a·x^b is drawn as the fit unless a fit line is given. Curve: every point and one line
 * per series in x order. Histogram: one step outline per series. Power lines are sampled across the
 * x domain; `domains` defaults to the plot's own and is shared between a claim's backends.
 */
export function plotModel(plot: PlotSpec, domains: PlotDomains = plotDomains([plot])): PlotModel {
  const { logX, logY } = logAxes(plot);
  let dropped = 0;
  const points: ModelPoint[] = [];
  const lines: ModelLine[] = [];
  plot.series.forEach((series, index) => {
    if (plot.kind === 'histogram') {
      const values = series.points.map((p) => p.y).filter((v) => drawable(v, logX));
      dropped += series.points.length - values.length;
      const bins = histogramBins(values, domains.x, logX);
      const steps = bins.flatMap((bin) => [
        { x: bin.x0, y: bin.count },
        { x: bin.x1, y: bin.count },
      ]);
      const [first, last] = [steps[0], steps[steps.length - 1]];
      if (first && last) {
        steps.unshift({ x: first.x, y: 0 });
        steps.push({ x: last.x, y: 0 });
      }
      lines.push({ name: series.name, role: 'series', series: index, points: steps });
      return;
    }
    const shown = series.points.filter((p) => drawable(p.x, logX) && drawable(p.y, logY));
    dropped += series.points.length - shown.length;
    for (const p of shown)
      points.push({ x: p.x, y: p.y, series: index, ...(p.seed !== undefined ? { seed: p.seed } : {}) });
    if (plot.kind === 'curve' && shown.length > 0) {
      const sorted = shown.map((p) => ({ x: p.x, y: p.y })).sort((a, b) => a.x - b.x);
      lines.push({ name: series.name, role: 'series', series: index, points: sorted });
    }
  });
  for (const line of plot.lines ?? []) {
    const drawn = referenceLine(line, domains, logX, logY);
    if (drawn.length > 0) lines.push({ name: line.name, role: roleOf(line), points: drawn });
    else dropped += 1;
  }
  if (plot.band && !(plot.lines ?? []).some((l) => l.role === 'fit')) {
    lines.push({
      name: plot.band.name,
      role: 'fit',
      points: powerSamples(plot.band.a, plot.band.b, domains.x, logX, logY),
    });
  }
  const band = plot.band ? bandModel(plot.band as PlotBand, domains, logX, logY) : null;
  return {
    kind: plot.kind,
    xLabel: plot.xLabel,
    yLabel: plot.yLabel,
    logX,
    logY,
    domains,
    series: plot.series.map((s) => s.name),
    points,
    lines,
    band,
    dropped,
  };
}

function referenceLine(line: PlotLine, domains: PlotDomains, logX: boolean, logY: boolean): XY[] {
  if (line.kind === 'power') return powerSamples(line.a ?? 1, line.b ?? 1, domains.x, logX, logY);
  if (line.kind === 'hline') {
    return drawable(line.at, logY) ? domains.x.map((x) => ({ x, y: line.at as number })) : [];
  }
  return drawable(line.at, logX) ? domains.y.map((y) => ({ x: line.at as number, y })) : [];
}
