import { type BenchReport, performanceRows } from '../bench-report.ts';
import { formatNumber } from '../format-number.ts';
import { d3, type Html } from './d3-global.ts';

const BAR_WIDTH = 360;
const ROW_HEIGHT = 18;

/**
 * The performance page of `repro bench`: per workload, GFLOP/s of each backend and of the PyTorch reference as
 * horizontal bars on one scale, with the median time and our speed relative to torch's best configuration.
 */
export function drawPerformance(root: Html, bench: BenchReport): void {
  const section = root.append('section').attr('class', 'performance').attr('id', 'performance');
  section.append('h2').text('Performance');
  section
    .append('p')
    .attr('class', 'detail-line')
    .text(
      `repro bench, ${bench.startedAt}: ${bench.machine.model}, ${bench.machine.cpus} cores, Node ${bench.machine.node}, load average ${bench.machine.loadavg.map((v) => v.toFixed(1)).join(' ')}. Ratios are torch median time / ours, measured in interleaved rounds (≥ 1: level with PyTorch or faster).`,
    );
  const skipped = bench.sides.filter((s) => s.skipped);
  if (skipped.length > 0) {
    const list = section.append('ul').attr('class', 'skipped-sides');
    for (const s of skipped) list.append('li').text(`${s.label}: skipped (${s.skipped})`);
  }
  const rows = performanceRows(bench);
  for (const workload of bench.workloads) {
    const mine = rows.filter((r) => r.workload === workload.workload);
    const block = section.append('div').attr('class', 'workload').attr('data-workload', workload.workload);
    block.append('h3').append('code').text(workload.workload);
    block.append('p').attr('class', 'note').text(workload.description);
    const max = Math.max(1e-9, ...mine.map((r) => r.gflops ?? 0));
    const x = d3.scaleLinear().domain([0, max]).range([0, BAR_WIDTH]);
    const table = block.append('table').attr('class', 'bench');
    const head = table.append('thead').append('tr');
    for (const name of ['side', 'GFLOP/s', '', 'median', 'ours / torch [90% interval]']) head.append('th').text(name);
    const body = table.append('tbody');
    for (const r of mine) {
      const tr = body.append('tr').attr('data-side', r.side).classed('reference', r.reference);
      tr.append('td')
        .append('code')
        .text(r.reference && r.side === workload.torchBest ? `${r.side} (best)` : r.side);
      tr.append('td')
        .attr('class', 'num')
        .text(r.error ? 'error' : r.gflops === null ? '—' : formatNumber(r.gflops));
      const svg = tr
        .append('td')
        .append('svg')
        .attr('class', 'bar')
        .attr('width', BAR_WIDTH)
        .attr('height', ROW_HEIGHT)
        .attr('role', 'img')
        .attr('aria-label', `${r.side}: ${r.gflops === null ? 'no value' : `${formatNumber(r.gflops)} GFLOP/s`}`);
      if (r.gflops !== null && r.gflops > 0) {
        svg
          .append('rect')
          .attr('class', r.reference ? 'bar reference' : 'bar')
          .attr('x', 0)
          .attr('y', 3)
          .attr('height', ROW_HEIGHT - 6)
          .attr('width', Math.max(1, x(r.gflops)));
      }
      tr.append('td')
        .attr('class', 'num')
        .text(r.medianMs === null ? '—' : `${formatNumber(r.medianMs)} ms`);
      const ratio = tr.append('td').attr('class', 'num');
      if (r.error) ratio.append('span').attr('class', 'note').text(r.error);
      else if (r.ratio) {
        const [lo, hi] = r.ratio.interval;
        ratio.text(
          `${formatNumber(r.ratio.value)} [${lo === null ? '—' : formatNumber(lo)}, ${hi === null ? '—' : formatNumber(hi)}]`,
        );
      } else
        ratio
          .append('span')
          .attr('class', 'muted')
          .text(r.reference ? 'reference' : '—');
    }
  }
}
