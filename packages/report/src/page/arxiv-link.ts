import type { Html } from './d3-global.ts';

/** A plain link to an arXiv abstract, the one kind of external address the report holds. */
export function arxivLink(parent: Html, id: string): void {
  parent
    .append('a')
    .attr('class', 'arxiv')
    .attr('href', `https://arxiv.org/abs/${encodeURIComponent(id)}`)
    .attr('rel', 'noopener noreferrer')
    .text(`arXiv:${id}`);
}
