import type { ReportData } from '../report-data.ts';
import type { Html } from './d3-global.ts';
import { formatDate } from './format-date.ts';

const unique = (values: string[]) => [...new Set(values)];

/** Title, what was run (suites, tiers, backends, dates, commits) and the plain summary line. */
export function drawHeader(root: Html, data: ReportData): void {
  const runs = data.results.runs;
  const header = root.append('header').attr('class', 'report-header');
  header.append('h1').text(data.title);
  const dates = runs.map((r) => r.provenance.date).sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  const facts: [string, string][] = [
    ['suites', unique(runs.map((r) => r.suite)).join(', ')],
    ['tier', unique(runs.map((r) => r.tier)).join(', ')],
    ['backends', unique(runs.map((r) => r.backend)).join(', ')],
    ['run', first && last ? (first === last ? formatDate(first) : `${formatDate(first)} – ${formatDate(last)}`) : '—'],
    ['commit', unique(runs.map((r) => r.provenance.commit)).join(', ')],
  ];
  const dl = header.append('dl').attr('class', 'facts');
  for (const [term, value] of facts) {
    const item = dl.append('div');
    item.append('dt').text(term);
    item.append('dd').text(value);
  }
  header.append('p').attr('class', 'summary-line').text(data.summaryLine);
  header.append('p').attr('class', 'detail-line').text(data.detailLine);
  if (data.baseline) {
    header
      .append('p')
      .attr('class', 'baseline-note')
      .text('Compared with a baseline results file: changes are listed in the summary and marked on each claim.');
  }
}
