import type { CellOutcome, ClaimSource, Expected, MeasureContext, Measurement, PlotSpec, Tier } from '@repro/claims';
import { defineClaim } from '@repro/claims';
import { type ConfigCurves, configCurves } from './curves.ts';
import {
  commonSeeds,
  crossingOf,
  crossingSlope,
  ERROR_THRESHOLD,
  logCrossing,
  type SeedStatistic,
  seedStatistic,
} from './scaling-statistic.ts';
import { runSrhmCell, type SrhmRun } from './srhm-cell.ts';

/** Every claim of the suite shares one cell group: a configuration and seed is trained once. */
export const CELL_GROUP = 'srhm-nets';

const fmt = (x: number) => Number(x.toPrecision(3));

/** The P* table rows of a set of configurations (crossing of the seed-averaged best test error). */
export function pStarTable(configs: ConfigCurves[], random: () => number) {
  return configs.map((c) => {
    const crossing = crossingOf(c, 'error', ERROR_THRESHOLD, random);
    return {
      config: c.key,
      seeds: c.curves.error.length,
      pStar: crossing && crossing.status === 'crossed' ? fmt(crossing.value) : null,
      status: crossing?.status ?? 'no curves',
      interval: crossing ? crossing.interval.map(fmt) : null,
    };
  });
}

/** Seed-averaged error curves, one series per configuration, with the 10% line. */
export function errorPlot(configs: ConfigCurves[]): PlotSpec {
  return {
    kind: 'curve',
    xLabel: 'training points P',
    yLabel: 'best test error (seed mean)',
    logX: true,
    series: configs.map((c) => ({
      name: c.key,
      points: (c.curves.error[0]?.xs ?? []).map((x, i) => ({
        x,
        y: c.curves.error.reduce((s, k) => s + (k.ys[i] as number), 0) / c.curves.error.length,
      })),
    })),
    lines: [{ name: 'ε = 10%', kind: 'hline', at: ERROR_THRESHOLD, role: 'threshold' }],
  };
}

export const measurementOf = (
  stat: SeedStatistic,
  note: string,
  detail: Measurement['detail'],
  plot?: PlotSpec,
): Measurement => ({
  value: stat.value,
  interval: stat.interval,
  note: `${note}; ${stat.undefinedResamples}/${stat.resamples} resamples without a crossing in some configuration${
    stat.bound ? '; a crossing lies outside its grid: the value is a bound (grid edge), undecided' : ''
  }`,
  detail,
  ...(plot ? { plot } : {}),
});

export interface SlopeClaimOptions {
  id: string;
  source: ClaimSource;
  statement: string;
  quantity: string;
  expected: Expected;
  rule: string;
  lowestTier: Tier;
  control: string;
  cells: (tier: Tier) => ReturnType<typeof import('./grids.ts').cellsOf>;
  /** The scaling variable of a configuration ((s0+1) or n_c m^L). */
  x: (c: ConfigCurves) => number;
  xLabel: string;
  /** Predicted P* of a configuration, drawn as the paper's line. */
  predicted: { name: string; a: number; b: number };
  /** Keep only these configurations (e.g. one net) for the statistic. */
  select?: (c: ConfigCurves) => boolean;
}

/** A claim on the exponent of P* (10% crossing) against a scaling variable, seeds bootstrapped. */
export function slopeClaim(o: SlopeClaimOptions) {
  return defineClaim<SrhmRun>({
    id: o.id,
    source: o.source,
    statement: o.statement,
    quantity: o.quantity,
    expected: o.expected,
    rule: o.rule,
    lowestTier: o.lowestTier,
    control: { description: o.control },
    cellGroup: CELL_GROUP,
    usesBackend: true,
    cells: o.cells,
    run: runSrhmCell,
    measure: (cells: CellOutcome<SrhmRun>[], ctx: MeasureContext) => {
      const configs = configCurves(cells).filter(o.select ?? (() => true));
      const seeds = commonSeeds(configs);
      const stat = seedStatistic(
        seeds,
        crossingSlope(configs, o.x, 'error', ERROR_THRESHOLD),
        ctx.random,
        crossingSlope(configs, o.x, 'error', ERROR_THRESHOLD, true),
      );
      const table = pStarTable(configs, ctx.random);
      const points = configs.flatMap((c) => {
        const l = logCrossing(c, 'error', ERROR_THRESHOLD, seeds);
        return Number.isFinite(l) ? [{ x: o.x(c), y: Math.exp(l) }] : [];
      });
      const intercept =
        stat.value === null || points.length === 0
          ? null
          : Math.exp(
              points.reduce((s, p) => s + Math.log(p.y) - (stat.value as number) * Math.log(p.x), 0) / points.length,
            );
      return measurementOf(
        stat,
        `slope of log P* on log ${o.xLabel} over ${configs.length} configurations × ${seeds.length} seeds`,
        { table },
        {
          kind: 'scaling',
          xLabel: o.xLabel,
          yLabel: 'P* (10% test error)',
          logX: true,
          logY: true,
          series: [{ name: 'P* (seed-averaged curves)', points }],
          lines: [
            { name: o.predicted.name, kind: 'power', a: o.predicted.a, b: o.predicted.b, role: 'prediction' },
            ...(intercept !== null && stat.value !== null
              ? [
                  {
                    name: `fit: slope ${fmt(stat.value)}`,
                    kind: 'power' as const,
                    a: intercept,
                    b: stat.value,
                    role: 'fit' as const,
                  },
                ]
              : []),
          ],
        },
      );
    },
  });
}
