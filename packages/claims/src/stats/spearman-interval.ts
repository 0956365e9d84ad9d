import { type BootstrapOptions, bootstrapInterval } from './bootstrap-interval.ts';
import { groupBySeed } from './group-by-seed.ts';
import type { Interval } from './interval.ts';
import { spearman } from './spearman.ts';

type Pair = { x: number; y: number; seed: number | string };

/**
 * Spearman's rank correlation of the pairs, with a percentile bootstrap interval over units: the pairs
 * sharing a `seed` form one unit and are resampled together (give every pair its own seed for the
 * ordinary pairs bootstrap). Resamples on which the correlation is undefined (all drawn units alike, a
 * constant variable) are dropped and counted in `dropped`. A percentile interval: sound with a dozen or
 * more units, too narrow with a handful (see `seedInterval` for why).
 */
export function spearmanInterval(
  pairs: readonly Pair[],
  options: BootstrapOptions,
): Interval & { dropped: number; units: number } {
  const units = groupBySeed(pairs);
  const rho = (drawn: Pair[][]) => {
    const flat = drawn.flat();
    return spearman(
      flat.map((p) => p.x),
      flat.map((p) => p.y),
    );
  };
  return { ...bootstrapInterval(units, rho, options), units: units.length };
}
