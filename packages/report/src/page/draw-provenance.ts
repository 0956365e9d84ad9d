import type { ResultsFile } from '@repro/claims';
import type { Html } from './d3-global.ts';
import { formatDate } from './format-date.ts';

const flagText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** Where each run came from: commit, code hash, date, Node, tfjs, CPU, tier, seed, time, and its backend flags beneath. */
export function drawProvenance(parent: Html, results: ResultsFile): void {
  const wrap = parent.append('div').attr('class', 'scroll');
  const table = wrap.append('table').attr('class', 'provenance');
  const head = table.append('thead').append('tr');
  const columns = ['suite', 'backend', 'tier', 'seed', 'time', 'date', 'commit', 'code', 'Node', 'tfjs', 'CPU'];
  for (const name of columns) head.append('th').text(name);
  const body = table.append('tbody');
  for (const run of results.runs) {
    const p = run.provenance;
    const tr = body.append('tr');
    tr.append('td').text(run.shard ? `${run.suite} (shard ${run.shard})` : run.suite);
    tr.append('td').append('code').text(run.backend);
    tr.append('td').text(run.tier);
    tr.append('td').attr('class', 'num').text(String(run.seed));
    tr.append('td')
      .attr('class', 'num')
      .text(`${run.durationS.toFixed(1)} s`);
    tr.append('td').attr('class', 'nowrap').text(formatDate(p.date));
    tr.append('td').append('code').attr('class', 'commit').text(p.commit);
    tr.append('td').append('code').text(p.code);
    tr.append('td').text(p.node);
    tr.append('td').text(p.tfjs);
    tr.append('td').text(p.cpu);
    const flags = body.append('tr').attr('class', 'flags-row').append('td').attr('colspan', columns.length);
    flags.append('span').attr('class', 'label').text('flags ');
    for (const [key, value] of Object.entries(p.flags ?? {})) {
      flags.append('code').text(`${key}=${flagText(value)}`);
    }
  }
}
