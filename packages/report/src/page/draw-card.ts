import { agreementText } from '../agreement-text.ts';
import { backendAgreement } from '../backend-agreement.ts';
import type { BaselineChange } from '../compare-to-baseline.ts';
import { formatNumber } from '../format-number.ts';
import type { ClaimGroup } from '../group-claims.ts';
import { toleranceBand } from '../tolerance-band.ts';
import { cardAnchor } from './card-anchor.ts';
import type { Html } from './d3-global.ts';
import { drawBackendTable } from './draw-backend-table.ts';
import { drawMultiples } from './draw-multiples.ts';
import { drawNumberLine } from './draw-number-line.ts';
import { drawSource } from './draw-source.ts';
import { verdictBadge } from './verdict-badge.ts';

/**
 * One card per claim: `section.claim-card[data-claim][data-suite][data-backends]` with the statement,
 * source, rule, each backend's verdict, a number line, and the plots of every backend side by side.
 */
export function drawCard(parent: Html, group: ClaimGroup, changes: Map<string, BaselineChange> | null): void {
  const lead = group.lead;
  const card = parent
    .append('section')
    .attr('class', 'claim-card')
    .attr('id', cardAnchor(group.suite, group.id).id)
    .attr('data-claim', group.id)
    .attr('data-suite', group.suite)
    .attr('data-backends', group.entries.map((e) => e.backend).join(' '));
  const header = card.append('header').attr('class', 'card-header');
  header.append('h3').append('code').text(group.id);
  const badges = header.append('div').attr('class', 'badges');
  for (const { backend, claim } of group.entries) verdictBadge(badges, claim.verdict, backend);
  if (lead.statement) card.append('p').attr('class', 'statement').text(lead.statement);
  if (lead.source) drawSource(card.append('p').attr('class', 'source'), lead.source);
  const spec = card.append('dl').attr('class', 'spec');
  const band = toleranceBand(lead.expected);
  const facts: [string, string | undefined][] = [
    ['measures', lead.quantity],
    ['rule', lead.rule],
    [
      'expected',
      `${formatNumber(lead.expected.value)} ± ${formatNumber(lead.expected.tolerance)}; pass band [${formatNumber(band[0], -1)}, ${formatNumber(band[1], 1)}]`,
    ],
  ];
  for (const [term, text] of facts) {
    if (!text) continue;
    const item = spec.append('div');
    item.append('dt').text(term);
    item.append('dd').text(text);
  }
  const changeOf = changes ? (backend: string) => changes.get(JSON.stringify([group.suite, backend, group.id])) : null;
  if (changes && group.entries.some((e) => changeOf?.(e.backend)?.verdictChanged))
    card.classed('verdict-changed', true);
  drawBackendTable(card, group, changeOf);
  const agreement = backendAgreement(group);
  if (agreement) {
    card
      .append('p')
      .attr('class', `agreement ${agreement.agree ? 'agree' : 'disagree'}`)
      .attr('data-agree', String(agreement.agree))
      .text(agreementText(agreement));
  }
  drawNumberLine(card, group);
  const plots = card.append('div').attr('class', 'plots');
  if (drawMultiples(plots, group, 'claim') === 0) {
    plots.append('p').attr('class', 'no-plot').text('No plot recorded for this claim.');
  }
  if (group.entries.some((e) => e.claim.controlPlot)) {
    const details = card.append('details').attr('class', 'control-plots');
    details.append('summary').text('Negative control plots');
    drawMultiples(details, group, 'control');
  }
}
