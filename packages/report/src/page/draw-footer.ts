import type { Html } from './d3-global.ts';

/** What the file is, and a button that saves the embedded results as results.json (no network). */
export function drawFooter(root: Html, results: unknown): void {
  const footer = root.append('footer');
  footer
    .append('p')
    .text('This page is self-contained: the results and d3 are inlined, and it opens from disk without a network.');
  footer
    .append('button')
    .attr('type', 'button')
    .text('Save the results as results.json')
    .on('click', () => {
      const blob = new Blob([`${JSON.stringify(results, null, 2)}\n`], { type: 'application/json' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = 'results.json';
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 0);
    });
}
