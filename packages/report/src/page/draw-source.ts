import type { ClaimSource } from '@repro/claims';
import { arxivLink } from './arxiv-link.ts';
import type { Html } from './d3-global.ts';

/** `Source: <paper>, <where> · arXiv:<id>` with the id linked to its abstract. */
export function drawSource(parent: Html, source: ClaimSource): void {
  parent.append('span').attr('class', 'label').text('Source: ');
  parent.append('span').attr('class', 'paper').text(source.paper);
  if (source.where) parent.append('span').text(`, ${source.where}`);
  if (source.arxiv) {
    parent.append('span').text(' · ');
    arxivLink(parent, source.arxiv);
  }
}
