import type { VerdictStability } from '@repro/claims';
import { cardAnchor } from './card-anchor.ts';
import type { Html } from './d3-global.ts';
import { verdictBadge } from './verdict-badge.ts';

/**
 * Verdict stability over master seeds (a results file run with `--seeds`): how many claims keep one verdict at
 * every seed, then one row per claim with its verdict at each seed, the claims whose verdict flips first.
 */
export function drawStability(parent: Html, stability: VerdictStability): void {
  if (stability.claims.length === 0) return;
  const { seeds, claims, unstable } = stability;
  parent.append('h3').text('Stability over master seeds');
  parent
    .append('p')
    .attr('class', 'stability-line')
    .text(
      `Master seeds ${seeds.join(', ')}: ${claims.length - unstable.length} of ${claims.length} claims keep one verdict at every seed${unstable.length > 0 ? `; ${unstable.length} flip` : ''}.`,
    );
  const table = parent.append('table').attr('class', 'stability');
  const head = table.append('thead').append('tr');
  for (const name of ['suite', 'claim', 'backend', ...seeds.map((s) => `seed ${s}`)]) head.append('th').text(name);
  const body = table.append('tbody');
  const rows = [...unstable, ...claims.filter((c) => c.stable)];
  for (const claim of rows) {
    const tr = body.append('tr').classed('verdict-flips', !claim.stable);
    tr.append('td').text(claim.suite);
    tr.append('td')
      .append('a')
      .attr('href', cardAnchor(claim.suite, claim.claim).href)
      .append('code')
      .text(claim.claim);
    tr.append('td').append('code').text(claim.backend);
    for (const seed of seeds) {
      const cell = tr.append('td').attr('class', 'nowrap');
      const at = claim.verdicts.find((v) => v.seed === seed);
      if (at) verdictBadge(cell, at.verdict);
      else cell.append('span').attr('class', 'muted').text('—');
    }
  }
}
