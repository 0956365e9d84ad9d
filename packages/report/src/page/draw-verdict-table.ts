import type { ResultsFile, Verdict } from '@repro/claims';
import { verdictTable } from '../verdict-table.ts';
import type { Html } from './d3-global.ts';

const VERDICTS: Verdict[] = ['pass', 'fail', 'inconclusive', 'skipped', 'error'];

/** Verdict counts per suite × backend, with the tier and the wall time of the runs. */
export function drawVerdictTable(parent: Html, results: ResultsFile): void {
  const table = parent.append('table').attr('class', 'verdict-table');
  const head = table.append('thead').append('tr');
  for (const name of ['suite', 'backend', 'tier', ...VERDICTS, 'time']) {
    head
      .append('th')
      .attr('class', VERDICTS.includes(name as Verdict) ? `count verdict-text-${name}` : null)
      .text(name);
  }
  const body = table.append('tbody');
  for (const row of verdictTable(results)) {
    const tr = body.append('tr');
    tr.append('td').text(row.suite);
    tr.append('td').append('code').text(row.backend);
    tr.append('td').text(row.tier);
    for (const verdict of VERDICTS) {
      const n = row.counts[verdict];
      tr.append('td')
        .attr('class', n > 0 ? `count verdict-text-${verdict}` : 'count zero')
        .text(n > 0 ? String(n) : '·');
    }
    tr.append('td')
      .attr('class', 'num')
      .text(`${row.durationS.toFixed(1)} s`);
  }
}
