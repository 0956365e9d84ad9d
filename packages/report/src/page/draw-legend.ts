import type { LineRole, PlotModel } from '../plot-model.ts';
import type { Html } from './d3-global.ts';
import { BAND_COLOR, lineStroke, seriesColor } from './plot-style.ts';

type Entry = { kind: 'point' | 'line' | 'band'; name: string; role?: LineRole; series?: number; marker?: boolean };

/** One legend for a claim's small multiples: series (points and/or lines), reference lines, the band. */
export function drawLegend(parent: Html, models: PlotModel[]): void {
  const entries = new Map<string, Entry>();
  for (const model of models) {
    model.series.forEach((name, series) => {
      const kind = model.kind === 'scaling' ? 'point' : 'line';
      entries.set(`series:${series}`, { kind, name, role: 'series', series, marker: model.kind === 'curve' });
    });
    for (const line of model.lines) {
      if (line.role !== 'series')
        entries.set(`line:${line.role}:${line.name}`, { kind: 'line', name: line.name, role: line.role });
    }
    if (model.band) {
      entries.set('band', { kind: 'band', name: `${model.band.name} (slope interval)` });
    }
  }
  if (entries.size === 0) return;
  const legend = parent.append('ul').attr('class', 'legend');
  for (const entry of entries.values()) {
    const item = legend.append('li');
    const swatch = item
      .append('svg')
      .attr('class', 'swatch')
      .attr('viewBox', '0 0 24 12')
      .attr('width', 24)
      .attr('height', 12);
    if (entry.kind === 'band') {
      swatch
        .append('rect')
        .attr('x', 1)
        .attr('y', 2)
        .attr('width', 22)
        .attr('height', 8)
        .attr('fill', BAND_COLOR)
        .attr('fill-opacity', 0.3);
    } else if (entry.kind === 'point') {
      swatch
        .append('circle')
        .attr('cx', 12)
        .attr('cy', 6)
        .attr('r', 3.2)
        .attr('fill', seriesColor(entry.series ?? 0));
    } else {
      const stroke = lineStroke(entry.role ?? 'reference', entry.series);
      swatch
        .append('line')
        .attr('x1', 1)
        .attr('x2', 23)
        .attr('y1', 6)
        .attr('y2', 6)
        .attr('stroke', stroke.color)
        .attr('stroke-width', stroke.width)
        .attr('stroke-dasharray', stroke.dash);
      if (entry.marker) swatch.append('circle').attr('cx', 12).attr('cy', 6).attr('r', 2.6).attr('fill', stroke.color);
    }
    item.append('span').text(entry.name);
  }
}
