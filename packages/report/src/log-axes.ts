import type { PlotSpec } from '@repro/claims';

/**
 * Which axes of a plot are logarithmic: a scaling plot is log-log unless it says otherwise; a
 * histogram counts on a linear y axis; otherwise the spec's flags.
 */
export function logAxes(plot: PlotSpec): { logX: boolean; logY: boolean } {
  const scaling = plot.kind === 'scaling';
  return {
    logX: plot.logX ?? scaling,
    logY: plot.kind === 'histogram' ? false : (plot.logY ?? scaling),
  };
}
