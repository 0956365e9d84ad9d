import type { PlotSpec } from '@repro/claims';
import { formatNumber } from '../format-number.ts';
import type { ClaimGroup } from '../group-claims.ts';
import { plotDomains } from '../plot-domains.ts';
import { plotModel } from '../plot-model.ts';
import type { Html } from './d3-global.ts';
import { drawLegend } from './draw-legend.ts';
import { drawPlot } from './draw-plot.ts';
import { verdictBadge } from './verdict-badge.ts';

/**
 * A claim's plots on every backend side by side on the same axes (shared domains), under one legend;
 * `arm` picks the claim's plot or its negative control's. Returns how many plots were drawn.
 */
export function drawMultiples(parent: Html, group: ClaimGroup, arm: 'claim' | 'control'): number {
  const panels = group.entries.flatMap((entry) => {
    const plot: PlotSpec | undefined = arm === 'claim' ? entry.claim.plot : entry.claim.controlPlot;
    return plot ? [{ entry, plot }] : [];
  });
  if (panels.length === 0) return 0;
  const domains = plotDomains(panels.map((p) => p.plot));
  const models = panels.map((p) => ({ ...p, model: plotModel(p.plot, domains) }));
  drawLegend(
    parent,
    models.map((m) => m.model),
  );
  const grid = parent.append('div').attr('class', `multiples multiples-${Math.min(models.length, 3)}`);
  for (const { entry, model } of models) {
    const figure = grid.append('figure').attr('class', 'panel').attr('data-backend', entry.backend);
    const caption = figure.append('figcaption');
    caption.append('code').text(entry.backend);
    const verdict = arm === 'claim' ? entry.claim.verdict : entry.claim.control?.verdict;
    if (verdict) verdictBadge(caption, verdict);
    if (model.band) {
      const [lo, hi] = model.band.slopes;
      caption
        .append('span')
        .attr('class', 'caption-note')
        .text(`slope ∈ [${formatNumber(lo, -1)}, ${formatNumber(hi, 1)}]`);
    }
    drawPlot(figure, model, { claim: group.id, backend: entry.backend, arm });
    if (model.dropped > 0) {
      figure
        .append('p')
        .attr('class', 'plot-note')
        .text(
          `${model.dropped} value${model.dropped === 1 ? '' : 's'} not drawn (not finite, or not positive on a log axis).`,
        );
    }
  }
  return models.length;
}
