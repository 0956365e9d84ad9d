import type { BaselineChange } from '../compare-to-baseline.ts';
import type { SuiteGroup } from '../group-claims.ts';
import type { ReportData } from '../report-data.ts';
import { cardAnchor } from './card-anchor.ts';
import type { Html } from './d3-global.ts';
import { drawChanges } from './draw-changes.ts';
import { drawProvenance } from './draw-provenance.ts';
import { drawStability } from './draw-stability.ts';
import { drawVerdictTable } from './draw-verdict-table.ts';

/** The summary: verdicts per suite × backend, the claims at a glance, seed stability, baseline changes, provenance. */
export function drawSummary(
  root: Html,
  data: ReportData,
  suites: SuiteGroup[],
  changes: BaselineChange[] | null,
): void {
  const section = root.append('section').attr('class', 'summary');
  section.append('h2').text('Summary');
  drawVerdictTable(section, data.results);
  section.append('h3').text('Claims');
  const list = section.append('ul').attr('class', 'toc');
  for (const suite of suites) {
    for (const group of suite.claims) {
      const item = list.append('li');
      const badges = item.append('span').attr('class', 'toc-badges');
      for (const { backend, claim } of group.entries) {
        badges
          .append('span')
          .attr('class', `dot verdict-${claim.verdict}`)
          .attr('title', `${backend}: ${claim.verdict}`);
      }
      item.append('a').attr('href', cardAnchor(group.suite, group.id).href).append('code').text(group.id);
      if (group.lead.statement) item.append('span').attr('class', 'toc-statement').text(group.lead.statement);
    }
  }
  drawStability(section, data.stability);
  if (changes) {
    section.append('h3').text('Against the baseline');
    drawChanges(section, changes);
  }
  section.append('h3').text('Provenance');
  drawProvenance(section, data.results);
}
