import type { BaselineChange } from '../compare-to-baseline.ts';
import type { SuiteGroup } from '../group-claims.ts';
import { arxivLink } from './arxiv-link.ts';
import type { Html } from './d3-global.ts';
import { drawCard } from './draw-card.ts';

/** A suite's section: `section.suite[data-suite]`, its title and paper, then one card per claim. */
export function drawSuite(parent: Html, suite: SuiteGroup, changes: Map<string, BaselineChange> | null): void {
  const section = parent
    .append('section')
    .attr('class', 'suite')
    .attr('id', `suite:${suite.suite}`)
    .attr('data-suite', suite.suite);
  const header = section.append('header').attr('class', 'suite-header');
  header.append('h2').text(suite.title ?? suite.suite);
  const meta = header.append('p').attr('class', 'suite-meta');
  meta.append('code').text(suite.suite);
  if (suite.paper) {
    meta.append('span').text(' · ');
    meta.append('cite').text(suite.paper.title);
    if (suite.paper.arxiv) {
      meta.append('span').text(' · ');
      arxivLink(meta, suite.paper.arxiv);
    }
  }
  const backends = [...new Set(suite.runs.map((r) => r.backend))];
  meta
    .append('span')
    .text(` · ${suite.claims.length} claim${suite.claims.length === 1 ? '' : 's'} on ${backends.join(', ')}`);
  for (const group of suite.claims) drawCard(section, group, changes);
}
