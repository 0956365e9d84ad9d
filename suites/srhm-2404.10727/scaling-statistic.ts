import {
  type CrossingInterval,
  type CrossingWhich,
  crossingInterval,
  locateCrossing,
  mean,
  ols,
  resample,
  seedInterval,
} from '@repro/claims';
import type { ConfigCurves, Metric } from './curves.ts';

/** Test error at which P* is read (the papers' ε = 10%). */
export const ERROR_THRESHOLD = 0.1;

/**
 * Which crossing a metric's P is read at: the test error's first, a sensitivity's last. S_{2,1} of a barely
 * trained CNN already sits near the notebooks' threshold (0.3–0.57 at the smallest quick P), so its first
 * crossing marks noise at the grid's start; the last one is where the net becomes insensitive and stays so.
 */
export const crossingWhich = (metric: Metric): CrossingWhich => (metric === 'error' ? 'first' : 'last');

const LEVEL = 0.9;
const RESAMPLES = 2000;

/**
 * log of the crossing (`crossingWhich`) of the seed-averaged curve of `metric` over the given seeds, or NaN when
 * it does not cross inside the grid. With `edges`, a crossing below the grid is put at the first grid point and a missing
 * one at the last (the value is then a bound, never an estimate).
 */
export function logCrossing(
  config: ConfigCurves,
  metric: Metric,
  threshold: number,
  seeds: number[],
  edges = false,
): number {
  const curves = config.curves[metric].filter((c) => seeds.includes(c.seed));
  const drawn = seeds.map((s) => curves.find((c) => c.seed === s)).filter((c) => c !== undefined);
  const first = drawn[0];
  if (!first) return Number.NaN;
  const ys = first.xs.map((_, i) => mean(drawn.map((c) => c.ys[i] as number)));
  const crossing = locateCrossing(first.xs, ys, threshold, { direction: 'down', which: crossingWhich(metric) });
  if (crossing.status === 'crossed') return Math.log(crossing.x);
  if (!edges) return Number.NaN;
  return Math.log((crossing.status === 'below-grid' ? first.xs[0] : first.xs.at(-1)) as number);
}

/** Whether the seed-averaged test error of at least one configuration reaches 10% inside its grid. */
export function anyTaskCrossing(configs: ConfigCurves[], seeds: number[]): boolean {
  return configs.some((c) => Number.isFinite(logCrossing(c, 'error', ERROR_THRESHOLD, seeds)));
}

/** P* of every configuration (crossing of the seed-averaged curve) with crossingInterval's seed bootstrap. */
export function crossingOf(
  config: ConfigCurves,
  metric: Metric,
  threshold: number,
  random: () => number,
): CrossingInterval | null {
  const curves = config.curves[metric];
  if (curves.length === 0) return null;
  return crossingInterval(curves, threshold, {
    direction: 'down',
    which: crossingWhich(metric),
    random,
    resamples: RESAMPLES,
    level: LEVEL,
  });
}

/** The support of a non-negative statistic (worst |ln ratio|, a prefactor). */
export const NON_NEGATIVE: readonly [number, number] = [0, Number.POSITIVE_INFINITY];

export interface SeedStatistic {
  value: number | null;
  interval: [number, number] | null;
  /** Resamples on which the statistic was undefined (a configuration's curve did not cross). */
  undefinedResamples: number;
  resamples: number;
  /** The value is a bound: some crossing lies outside its grid and was replaced by the grid edge. */
  bound: boolean;
}

/**
 * A statistic of the per-configuration crossings (computed on seed-averaged curves), with an interval from a
 * bootstrap over whole seeds (the same seeds drawn for every configuration, as one seed runs every
 * configuration), corrected for few seeds by `seedInterval`. When more than (1 − level)/2 of the resamples
 * are undefined the interval is (−∞, ∞): the grid does not pin it down. When the statistic is undefined on
 * all seeds: if `bound` (the same statistic with out-of-grid crossings put at the grid edges) is finite,
 * it is reported with the interval (−∞, ∞) (undecided, not failed); otherwise the value is null (no P*
 * exists in the grid: the shuffled-label control's outcome). `support` is the range the statistic can take
 * (a worst |ln ratio| is ≥ 0, a correlation lies in [−1, 1]): the symmetric interval is cut to it, so a value at
 * the edge of its range is not undecided for an interval end no value can reach.
 */
export function seedStatistic(
  seeds: number[],
  statistic: (seeds: number[]) => number,
  random: () => number,
  bound?: (seeds: number[]) => number,
  support: readonly [number, number] = [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
): SeedStatistic {
  const value = statistic(seeds);
  const none = { undefinedResamples: RESAMPLES, resamples: RESAMPLES };
  if (!Number.isFinite(value)) {
    const edge = bound ? bound(seeds) : Number.NaN;
    return Number.isFinite(edge)
      ? { value: edge, interval: [-Infinity, Infinity], ...none, bound: true }
      : { value: null, interval: null, ...none, bound: false };
  }
  const replicates = new Float64Array(RESAMPLES);
  let undefinedResamples = 0;
  for (let b = 0; b < RESAMPLES; b += 1) {
    const r = statistic(resample(seeds, random));
    if (!Number.isFinite(r)) undefinedResamples += 1;
    replicates[b] = Number.isFinite(r) ? r : Number.NaN;
  }
  if (undefinedResamples > ((1 - LEVEL) / 2) * RESAMPLES) {
    return { value, interval: [-Infinity, Infinity], undefinedResamples, resamples: RESAMPLES, bound: false };
  }
  const [lo, hi] = seedInterval(value, replicates, { seeds: seeds.length, level: LEVEL }).interval;
  const interval: [number, number] = [Math.max(lo, support[0]), Math.min(hi, support[1])];
  return { value, interval, undefinedResamples, resamples: RESAMPLES, bound: false };
}

/**
 * Slope of log P* against log x over configurations (OLS), NaN when a configuration has no crossing (with
 * `edges`: out-of-grid crossings at the grid edges, NaN only when no configuration crosses at all).
 */
export function crossingSlope(
  configs: ConfigCurves[],
  x: (c: ConfigCurves) => number,
  metric: Metric,
  threshold: number,
  edges = false,
): (seeds: number[]) => number {
  return (seeds) => {
    if (edges && !anyTaskCrossing(configs, seeds)) return Number.NaN;
    const logs = configs.map((c) => logCrossing(c, metric, threshold, seeds, edges));
    if (configs.length < 2 || logs.some((l) => !Number.isFinite(l))) return Number.NaN;
    return ols(
      configs.map((c) => Math.log(x(c))),
      logs,
    ).slope;
  };
}

/** Seeds present in every configuration's error curves. */
export function commonSeeds(configs: ConfigCurves[]): number[] {
  const sets = configs.map((c) => new Set(c.curves.error.map((k) => k.seed)));
  const first = sets[0];
  if (!first) return [];
  return [...first].filter((s) => sets.every((set) => set.has(s))).sort((a, b) => a - b);
}
