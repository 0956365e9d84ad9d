import { formatNumber } from '../format-number.ts';
import type { PlotModel, XY } from '../plot-model.ts';
import { d3, type Html } from './d3-global.ts';
import { BAND_COLOR, lineStroke, seriesColor } from './plot-style.ts';

const W = 340;
const H = 240;
const M = { top: 10, right: 14, bottom: 40, left: 58 };
let clips = 0;

const scaleOf = (log: boolean, domain: [number, number], range: [number, number]) =>
  (log ? d3.scaleLog() : d3.scaleLinear()).domain(domain).range(range);

/**
 * One plot: `svg.plot` with `data-points` and `data-lines` counting its `circle.point` and `path.line`
 * elements; axes from the model's (shared) domains, band, lines and points clipped to the frame.
 */
export function drawPlot(parent: Html, model: PlotModel, tags: Record<string, string>): void {
  const x = scaleOf(model.logX, model.domains.x, [M.left, W - M.right]);
  const y = scaleOf(model.logY, model.domains.y, [H - M.bottom, M.top]);
  const svg = parent
    .append('svg')
    .attr('class', 'plot')
    .attr('viewBox', `0 0 ${W} ${H}`)
    .attr('role', 'img')
    .attr('data-points', model.points.length)
    .attr('data-lines', model.lines.length);
  for (const [key, value] of Object.entries(tags)) svg.attr(`data-${key}`, value);
  svg.append('title').text(`${model.yLabel} against ${model.xLabel}`);
  const clip = `plot-clip-${++clips}`;
  svg
    .append('clipPath')
    .attr('id', clip)
    .append('rect')
    .attr('x', M.left)
    .attr('y', M.top)
    .attr('width', W - M.left - M.right)
    .attr('height', H - M.top - M.bottom);

  const fmt = (v: number) => formatNumber(v);
  const xAxis = d3
    .axisBottom(x)
    .ticks(model.logX ? 4 : 5, '~g')
    .tickSizeOuter(0);
  const yAxis = d3
    .axisLeft(y)
    .ticks(model.logY ? 4 : 5, '~g')
    .tickSizeOuter(0);
  const grid = svg.append('g').attr('class', 'grid');
  grid
    .append('g')
    .attr('transform', `translate(0,${H - M.bottom})`)
    .call(
      d3
        .axisBottom(x)
        .ticks(model.logX ? 4 : 5)
        .tickSize(-(H - M.top - M.bottom))
        .tickFormat(() => ''),
    );
  grid
    .append('g')
    .attr('transform', `translate(${M.left},0)`)
    .call(
      d3
        .axisLeft(y)
        .ticks(model.logY ? 4 : 5)
        .tickSize(-(W - M.left - M.right))
        .tickFormat(() => ''),
    );
  svg
    .append('g')
    .attr('class', 'axis x-axis')
    .attr('transform', `translate(0,${H - M.bottom})`)
    .call(xAxis);
  svg.append('g').attr('class', 'axis y-axis').attr('transform', `translate(${M.left},0)`).call(yAxis);
  svg
    .append('text')
    .attr('class', 'axis-label')
    .attr('x', (M.left + W - M.right) / 2)
    .attr('y', H - 6)
    .attr('text-anchor', 'middle')
    .text(model.logX ? `${model.xLabel} (log)` : model.xLabel);
  svg
    .append('text')
    .attr('class', 'axis-label')
    .attr('transform', `translate(13,${(M.top + H - M.bottom) / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .text(model.logY ? `${model.yLabel} (log)` : model.yLabel);

  const frame = svg.append('g').attr('clip-path', `url(#${clip})`);
  const px = (p: XY) => x(p.x) ?? 0;
  const py = (p: XY) => y(p.y) ?? 0;
  if (model.band) {
    const band = model.band;
    const pairs = band.lower.map((lo, i) => [lo, band.upper[i] ?? lo] as [XY, XY]);
    const area = d3
      .area<[XY, XY]>()
      .x((d) => px(d[0]))
      .y0((d) => py(d[0]))
      .y1((d) => py(d[1]));
    frame
      .append('path')
      .attr('class', 'band')
      .attr('fill', BAND_COLOR)
      .attr('fill-opacity', 0.18)
      .attr('d', area(pairs))
      .append('title')
      .text(`${band.name}: slope in [${fmt(band.slopes[0])}, ${fmt(band.slopes[1])}]`);
  }
  const line = d3.line<XY>().x(px).y(py);
  for (const l of model.lines) {
    const stroke = lineStroke(l.role, l.series);
    frame
      .append('path')
      .attr('class', `line role-${l.role}`)
      .attr('fill', 'none')
      .attr('stroke', stroke.color)
      .attr('stroke-width', stroke.width)
      .attr('stroke-dasharray', stroke.dash)
      .attr('d', line(l.points))
      .append('title')
      .text(l.name);
  }
  const scaling = model.kind === 'scaling';
  for (const p of model.points) {
    frame
      .append('circle')
      .attr('class', 'point')
      .attr('cx', px(p))
      .attr('cy', py(p))
      .attr('r', scaling ? 2.6 : 2.8)
      .attr('fill', seriesColor(p.series))
      .attr('fill-opacity', scaling ? 0.6 : 0.95)
      .attr('stroke', '#ffffff')
      .attr('stroke-width', 0.6)
      .append('title')
      .text(
        `${model.series[p.series] ?? ''}${p.seed !== undefined ? ` · seed ${p.seed}` : ''}: ${model.xLabel} = ${fmt(p.x)}, ${model.yLabel} = ${fmt(p.y)}`,
      );
  }
  svg
    .append('rect')
    .attr('class', 'frame')
    .attr('x', M.left)
    .attr('y', M.top)
    .attr('width', W - M.left - M.right)
    .attr('height', H - M.top - M.bottom)
    .attr('fill', 'none');
}
