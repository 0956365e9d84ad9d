import { resample, seedInterval } from '@repro/claims';

/**
 * The extreme (max or min) over groups (dimensions) of the seed-mean of a per-seed value, with a seed
 * bootstrap interval: whole replicates are resampled (the same replicate indices in every group, since a
 * replicate index is one seed of the whole sweep), the means and their extreme recomputed, and the spread
 * turned into an interval by `seedInterval` (few-seed correction).
 */
export function seedExtreme(
  groups: readonly (readonly number[])[],
  kind: 'max' | 'min',
  random: () => number,
): { value: number; interval: [number, number]; means: number[] } {
  const seeds = Math.min(...groups.map((g) => g.length));
  const pick = (xs: number[]) => (kind === 'max' ? Math.max(...xs) : Math.min(...xs));
  const meansOf = (idx: number[]) => groups.map((g) => idx.reduce((s, i) => s + (g[i] as number), 0) / idx.length);
  const all = Array.from({ length: seeds }, (_, i) => i);
  const means = meansOf(all);
  const value = pick(means);
  const replicates = new Float64Array(2000);
  for (let b = 0; b < replicates.length; b += 1) replicates[b] = pick(meansOf(resample(all, random)));
  return { value, interval: seedInterval(value, replicates, { seeds, level: 0.9 }).interval, means };
}
