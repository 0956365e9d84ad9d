import type { BaselineChange } from '../compare-to-baseline.ts';
import { formatNumber } from '../format-number.ts';
import { isNotable, NOTABLE_SHIFT } from '../is-notable.ts';
import { cardAnchor } from './card-anchor.ts';
import type { Html } from './d3-global.ts';
import { formatShift } from './format-shift.ts';
import { verdictBadge } from './verdict-badge.ts';

const value = (v: number | null) => (v === null ? '—' : formatNumber(v));

/** The changes against the baseline worth attention: new verdicts and shifts of the measured value. */
export function drawChanges(parent: Html, changes: BaselineChange[]): void {
  const notable = changes.filter(isNotable);
  const changed = changes.filter((c) => c.verdictChanged).length;
  const shifted = changes.filter((c) => c.shift !== null && Math.abs(c.shift) >= NOTABLE_SHIFT).length;
  parent
    .append('p')
    .text(
      `${changed} of ${changes.length} claim results changed verdict; ${shifted} measured values moved by ${NOTABLE_SHIFT * 100}% or more.`,
    );
  if (notable.length === 0) return;
  const table = parent.append('table').attr('class', 'changes');
  const head = table.append('thead').append('tr');
  for (const name of ['suite', 'claim', 'backend', 'verdict', 'measured', 'shift']) head.append('th').text(name);
  const body = table.append('tbody');
  for (const change of notable) {
    const tr = body.append('tr').classed('verdict-changed', change.verdictChanged);
    tr.append('td').text(change.suite);
    tr.append('td').append('a').attr('href', cardAnchor(change.suite, change.id).href).append('code').text(change.id);
    tr.append('td').append('code').text(change.backend);
    const verdicts = tr.append('td').attr('class', 'nowrap');
    if (change.before) verdictBadge(verdicts, change.before);
    else verdicts.append('span').attr('class', 'muted').text('absent');
    verdicts.append('span').attr('class', 'arrow').text(' → ');
    if (change.after) verdictBadge(verdicts, change.after);
    else verdicts.append('span').attr('class', 'muted').text('absent');
    tr.append('td')
      .attr('class', 'num')
      .text(`${value(change.measuredBefore)} → ${value(change.measuredAfter)}`);
    tr.append('td').attr('class', 'num').text(formatShift(change.shift));
  }
}
