import { locateCrossing } from '@repro/claims';

/**
 * For each monomial, the samples at which its learned coefficient ĉ_S first reaches `fraction` of its target
 * coefficient c_S (interpolated in log samples; evaluations at 0 samples left out); null if it never does.
 */
export function learnTimes(
  samples: readonly number[],
  coefficients: readonly (readonly number[])[],
  targets: readonly number[],
  fraction = 0.5,
): (number | null)[] {
  const keep = samples.map((s, i) => [s, i] as const).filter(([s]) => s > 0);
  return coefficients.map((series, k) => {
    const c = targets[k] as number;
    const ratio = keep.map(([, i]) => (series[i] as number) / c);
    if (keep.length === 0) return null;
    return locateCrossing(
      keep.map(([s]) => s),
      ratio,
      fraction,
      { direction: 'up' },
    ).x;
  });
}

/**
 * Whether the monomials were learned one after another in the given order: every learn time exists and each
 * is at least `separation` times the previous one (a simultaneous pick-up is not an order).
 */
export function learnedInOrder(
  times: readonly (number | null)[],
  order: readonly number[],
  separation: number,
): boolean {
  let previous = 0;
  for (const k of order) {
    const t = times[k];
    if (t === null || t === undefined) return false;
    if (previous > 0 && t < separation * previous) return false;
    previous = t;
  }
  return true;
}
