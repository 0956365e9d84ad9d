import { type CellOutcome, mean } from '@repro/claims';
import type { ConfigCurves } from './curves.ts';
import { configKey, type SrhmRun } from './srhm-cell.ts';

export interface InitialSensitivity {
  /** Per seed, the mean over its training sizes of S_{2,1} (resp. D_{2,1}) of the nets at initialization. */
  S: number[];
  D: number[];
}

/** The mean or the lowest of a configuration's per-seed values, to 3 decimals (null when there are none). */
export function initialLevel(perSeed: number[] | undefined, which: 'mean' | 'lowest'): number | null {
  if (!perSeed || perSeed.length === 0) return null;
  return Number((which === 'mean' ? mean(perSeed) : Math.min(...perSeed)).toFixed(3));
}

/**
 * S_{2,1} and D_{2,1} of the untrained nets, per configuration (keyed as `configKey`): one value per seed, the mean
 * over the seed's cells (every cell measures its own net at initialization, before training).
 */
export function initialSensitivity(cells: CellOutcome<SrhmRun>[]): Map<string, InitialSensitivity> {
  const bySeed = new Map<string, Map<number, { S: number[]; D: number[] }>>();
  for (const c of cells) {
    const key = configKey(c.params);
    const seeds = bySeed.get(key) ?? new Map();
    const values = seeds.get(c.replicate) ?? { S: [], D: [] };
    for (const p of c.output.points) {
      if (Number.isFinite(p.S0 ?? Number.NaN)) values.S.push(p.S0 as number);
      if (Number.isFinite(p.D0 ?? Number.NaN)) values.D.push(p.D0 as number);
    }
    seeds.set(c.replicate, values);
    bySeed.set(key, seeds);
  }
  return new Map(
    [...bySeed].map(([key, seeds]) => {
      const perSeed = [...seeds.values()];
      return [
        key,
        {
          S: perSeed.filter((v) => v.S.length > 0).map((v) => mean(v.S)),
          D: perSeed.filter((v) => v.D.length > 0).map((v) => mean(v.D)),
        },
      ];
    }),
  );
}

/**
 * One sentence per sensitivity: the range of the untrained nets' seed means over configurations, against the
 * thresholds, and how many seeds start at or below their threshold (for those, no crossing can be read).
 */
export function describeInitial(
  configs: Pick<ConfigCurves, 'key' | 'net' | 'depth'>[],
  init: Map<string, InitialSensitivity>,
  threshold: (c: Pick<ConfigCurves, 'net' | 'depth'>, metric: 'S' | 'D') => number,
): string {
  return (['S', 'D'] as const)
    .flatMap((metric) => {
      const rows = configs.flatMap((c) =>
        (init.get(c.key)?.[metric] ?? []).map((v) => ({ v, t: threshold(c, metric) })),
      );
      if (rows.length === 0) return [];
      const values = rows.map((r) => r.v);
      const thresholds = [...new Set(rows.map((r) => r.t))].join(', ');
      const below = rows.filter((r) => r.v <= r.t).length;
      const name = metric === 'S' ? 'S_{2,1}' : 'D_{2,1}';
      return [
        `untrained ${name} ${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)} (seed means; threshold ${thresholds}; ${below} of ${rows.length} at or below it)`,
      ];
    })
    .join('; ');
}
