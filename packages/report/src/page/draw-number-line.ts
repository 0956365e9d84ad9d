import type { MeasuredValue, Verdict } from '@repro/claims';
import { formatNumber } from '../format-number.ts';
import type { ClaimGroup } from '../group-claims.ts';
import { intervalEnds } from '../interval-ends.ts';
import { toleranceBand } from '../tolerance-band.ts';
import { d3, type Html } from './d3-global.ts';
import { VERDICT_COLORS } from './verdict-colors.ts';

const W = 760;
const ROW = 18;
const M = { top: 10, right: 30, bottom: 24, left: 150 };
const CONTROL = '#57606a';

interface Row {
  label: string;
  measured: MeasuredValue;
  verdict: Verdict;
  control: boolean;
}

const hasValue = (m: MeasuredValue | null | undefined): m is MeasuredValue =>
  !!m && typeof m.value === 'number' && Number.isFinite(m.value);

/**
 * A number line per claim: the tolerance band shaded, the expected value marked, and one row per
 * backend with the measured value and its interval (and a hollow row for the negative control).
 * Infinite interval ends run to the edge with an arrow.
 */
export function drawNumberLine(parent: Html, group: ClaimGroup): void {
  const rows: Row[] = [];
  for (const { backend, claim } of group.entries) {
    if (hasValue(claim.measured))
      rows.push({ label: backend, measured: claim.measured, verdict: claim.verdict, control: false });
    if (hasValue(claim.control?.measured) && claim.control) {
      rows.push({
        label: `${backend} control`,
        measured: claim.control.measured,
        verdict: claim.control.verdict,
        control: true,
      });
    }
  }
  if (rows.length === 0) return;
  const expected = group.lead.expected;
  const band = toleranceBand(expected);
  const finite = [
    expected.value,
    ...band,
    ...rows.flatMap((r) => [r.measured.value as number, ...(intervalEnds(r.measured.interval) ?? [])]),
  ];
  const [lo = 0, hi = 1] = d3.extent(finite.filter(Number.isFinite));
  const pad = hi > lo ? (hi - lo) * 0.08 : Math.abs(lo) * 0.1 || 1;
  const H = M.top + rows.length * ROW + M.bottom;
  const x = d3
    .scaleLinear()
    .domain([lo - pad, hi + pad])
    .range([M.left, W - M.right]);
  const [left, right] = x.range() as [number, number];
  const at = (v: number) => (v === Number.NEGATIVE_INFINITY ? left : v === Number.POSITIVE_INFINITY ? right : x(v));
  const svg = parent.append('svg').attr('class', 'number-line').attr('viewBox', `0 0 ${W} ${H}`).attr('role', 'img');
  svg.append('title').text('measured values with intervals against the tolerance band');
  const bandLeft = Math.max(left, at(band[0]));
  const bandRight = Math.min(right, at(band[1]));
  svg
    .append('rect')
    .attr('class', 'tolerance')
    .attr('x', bandLeft)
    .attr('y', M.top - 6)
    .attr('width', Math.max(0, bandRight - bandLeft))
    .attr('height', rows.length * ROW + 6);
  for (const [end, edge, dir] of [
    [band[0], bandLeft, -1],
    [band[1], bandRight, 1],
  ] as const) {
    if (!Number.isFinite(end) && bandRight > bandLeft) {
      svg
        .append('path')
        .attr('class', 'open-end')
        .attr('d', `M${edge + dir * 2},${M.top - 3}l${dir * 7},4l${-dir * 7},4z`);
    }
  }
  if (Number.isFinite(expected.value)) {
    const ex = x(expected.value);
    svg
      .append('line')
      .attr('class', 'expected')
      .attr('x1', ex)
      .attr('x2', ex)
      .attr('y1', M.top - 6)
      .attr('y2', H - M.bottom);
  }
  svg
    .append('g')
    .attr('class', 'axis')
    .attr('transform', `translate(0,${H - M.bottom})`)
    .call(d3.axisBottom(x).ticks(8, '~g'));
  rows.forEach((row, i) => {
    const cy = M.top + i * ROW + ROW / 2;
    const color = row.control ? CONTROL : VERDICT_COLORS[row.verdict];
    const g = svg.append('g').attr('class', row.control ? 'row control' : 'row claim');
    g.append('text')
      .attr('class', 'row-label')
      .attr('x', M.left - 10)
      .attr('y', cy + 4)
      .attr('text-anchor', 'end')
      .text(row.label);
    const ends = intervalEnds(row.measured.interval);
    if (ends) {
      const [a, b] = [Math.max(left, at(ends[0])), Math.min(right, at(ends[1]))];
      g.append('line')
        .attr('x1', a)
        .attr('x2', b)
        .attr('y1', cy)
        .attr('y2', cy)
        .attr('stroke', color)
        .attr('stroke-width', 2);
      for (const [end, px, dir] of [
        [ends[0], a, -1],
        [ends[1], b, 1],
      ] as const) {
        if (Number.isFinite(end)) {
          g.append('line')
            .attr('x1', px)
            .attr('x2', px)
            .attr('y1', cy - 4)
            .attr('y2', cy + 4)
            .attr('stroke', color)
            .attr('stroke-width', 1.5);
        } else {
          g.append('path')
            .attr('d', `M${px},${cy}l${-dir * 7},-4v8z`)
            .attr('fill', color);
        }
      }
    }
    g.append('circle')
      .attr('cx', x(row.measured.value as number))
      .attr('cy', cy)
      .attr('r', 4.5)
      .attr('fill', row.control ? '#ffffff' : color)
      .attr('stroke', color)
      .attr('stroke-width', 1.8)
      .append('title')
      .text(`${row.label}: ${formatNumber(row.measured.value)} (${row.verdict})`);
  });
  const caption = parent.append('p').attr('class', 'nl-caption');
  caption.append('span').attr('class', 'key-band');
  caption.append('span').text(`pass band [${formatNumber(band[0], -1)}, ${formatNumber(band[1], 1)}]`);
  if (Number.isFinite(expected.value)) {
    caption.append('span').attr('class', 'key-expected');
    caption.append('span').text(`expected ${formatNumber(expected.value)}`);
  }
  caption.append('span').attr('class', 'key-dot');
  caption.append('span').text('measured value and interval, by verdict');
  caption.append('span').attr('class', 'key-dot hollow');
  caption.append('span').text('negative control');
}
