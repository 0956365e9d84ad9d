import type { ConfigCurves } from './curves.ts';
import { ERROR_THRESHOLD, logCrossing } from './scaling-statistic.ts';

/** The notebooks' thresholds on S_{2,1} and D_{2,1} (s = 2): CNN S .4 (L = 2) / .2 (L = 3), D .2; LCN S .3, D .1. */
export function sensitivityThreshold(c: Pick<ConfigCurves, 'net' | 'depth'>, metric: 'S' | 'D'): number {
  if (c.net === 'lcn') return metric === 'S' ? 0.3 : 0.1;
  return metric === 'D' ? 0.2 : c.depth === 2 ? 0.4 : 0.2;
}

/** The sensitivities measured on a configuration: D only when s0 > 0 (one placement otherwise). */
export const metricsOf = (c: ConfigCurves): ('S' | 'D')[] => (c.s0 > 0 ? ['S', 'D'] : ['S']);

/**
 * For X ∈ {S_{2,1}, D_{2,1}}, the pairs (log P*, log P*_X) over the configurations that have X, on the seeds'
 * averaged curves (with `edges`: out-of-grid crossings at the grid edges). NaN where a curve has no crossing.
 */
export function logPairs(configs: ConfigCurves[], seeds: number[], edges = false) {
  return (['S', 'D'] as const).map((metric) => {
    const having = configs.filter((c) => metricsOf(c).includes(metric));
    return {
      metric,
      task: having.map((c) => logCrossing(c, 'error', ERROR_THRESHOLD, seeds, edges)),
      sensitivity: having.map((c) => logCrossing(c, metric, sensitivityThreshold(c, metric), seeds, edges)),
    };
  });
}
