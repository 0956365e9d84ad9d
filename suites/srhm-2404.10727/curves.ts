import type { CellOutcome } from '@repro/claims';
import { configKey, type SrhmRun } from './srhm-cell.ts';

export type Metric = 'error' | 'S' | 'D';

/** One seed's curve of a metric against P for one configuration. */
export interface SeedCurve {
  seed: number;
  xs: number[];
  ys: number[];
}

/** A configuration with its x value on the scaling axis and one curve per seed for each metric. */
export interface ConfigCurves {
  key: string;
  s0: number;
  v: number;
  depth: number;
  net: string;
  curves: Record<Metric, SeedCurve[]>;
}

const pick = (metric: Metric, p: SrhmRun['points'][number]) =>
  metric === 'error' ? p.bestTestError : metric === 'S' ? p.S : p.D;

/** Groups cells by configuration (net, L, s0, v, sparsity, labels), in first-seen order; one curve per replicate. */
export function configCurves(cells: CellOutcome<SrhmRun>[]): ConfigCurves[] {
  const byKey = new Map<string, { config: ConfigCurves; replicates: Map<number, SrhmRun['points']> }>();
  for (const c of cells) {
    const key = configKey(c.params);
    const entry = byKey.get(key) ?? {
      config: {
        key,
        s0: Number(c.params.s0),
        v: Number(c.params.v),
        depth: Number(c.params.depth),
        net: String(c.params.net),
        curves: { error: [], S: [], D: [] },
      },
      replicates: new Map(),
    };
    entry.replicates.set(c.replicate, [...(entry.replicates.get(c.replicate) ?? []), ...c.output.points]);
    byKey.set(key, entry);
  }
  return [...byKey.values()].map(({ config, replicates }) => {
    const grids = [...replicates.values()].map((points) =>
      points
        .map((p) => p.P)
        .sort((a, b) => a - b)
        .join(),
    );
    const full = grids.reduce((best, g) => (g.split(',').length > best.split(',').length ? g : best), '');
    for (const [seed, unsorted] of replicates) {
      const points = [...unsorted].sort((a, b) => a.P - b.P);
      // A replicate with missing training sizes (unfinished shard) is left out rather than misaligned.
      if (points.map((p) => p.P).join() !== full) continue;
      const xs = points.map((p) => p.P);
      for (const metric of ['error', 'S', 'D'] as const) {
        const ys = points.map((p) => pick(metric, p));
        if (ys.every((y): y is number => y !== null && Number.isFinite(y)))
          config.curves[metric].push({ seed, xs, ys });
      }
    }
    return config;
  });
}
