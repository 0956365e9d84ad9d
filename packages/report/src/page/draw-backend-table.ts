import type { BaselineChange } from '../compare-to-baseline.ts';
import { formatMeasured } from '../format-measured.ts';
import type { ClaimGroup } from '../group-claims.ts';
import { isNotable } from '../is-notable.ts';
import type { Html } from './d3-global.ts';
import { formatShift } from './format-shift.ts';
import { verdictBadge } from './verdict-badge.ts';

/**
 * A claim's verdict on each backend: the verdict and its reason, the measured value with interval,
 * the negative control's verdict and value, and (with a baseline) what changed.
 */
export function drawBackendTable(
  parent: Html,
  group: ClaimGroup,
  changeOf: ((backend: string) => BaselineChange | undefined) | null,
): void {
  const table = parent.append('table').attr('class', 'backends');
  const head = table.append('thead').append('tr');
  const columns = ['backend', 'verdict', 'measured [interval]', 'negative control', 'reason'];
  for (const name of changeOf ? [...columns, 'vs baseline'] : columns) head.append('th').text(name);
  const body = table.append('tbody');
  for (const { backend, claim } of group.entries) {
    const change = changeOf?.(backend);
    const tr = body
      .append('tr')
      .attr('data-backend', backend)
      .classed('muted-row', claim.verdict === 'skipped')
      .classed('notable', !!change && isNotable(change));
    tr.append('td').append('code').text(backend);
    verdictBadge(tr.append('td'), claim.verdict);
    const measured = tr.append('td').attr('class', 'num');
    measured.append('span').text(formatMeasured(claim.measured));
    if (claim.note) measured.append('div').attr('class', 'note').text(claim.note);
    const control = tr.append('td').attr('class', 'num');
    if (claim.control) {
      verdictBadge(control, claim.control.verdict);
      const value = formatMeasured(claim.control.measured);
      control
        .append('span')
        .classed('muted', value === '—')
        .text(value === '—' ? ' no value' : ` ${value}`);
      if (claim.control.note) control.append('div').attr('class', 'note').text(claim.control.note);
    } else {
      control.append('span').attr('class', 'muted').text('—');
    }
    tr.append('td').attr('class', 'reason').text(claim.reason);
    if (changeOf) {
      const cell = tr.append('td').attr('class', 'num');
      if (!change || change.before === null) cell.append('span').attr('class', 'muted').text('new');
      else {
        if (change.verdictChanged) verdictBadge(cell, change.before, 'was');
        cell.append('span').text(` ${formatShift(change.shift)}`);
      }
    }
  }
}
