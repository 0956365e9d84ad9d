import { locateCrossing } from '@repro/claims';

/** NMSE thresholds of the suite: escape from the initial plateau, and "learned". */
export const ESCAPE_NMSE = 0.5;
export const LEARN_NMSE = 0.1;

/**
 * Samples until the test NMSE first falls to `threshold`, interpolated in log samples between the two
 * evaluations that bracket the crossing (`locateCrossing`); null when the run never got there (budget
 * exhausted or diverged). The evaluation at 0 samples is left out (no logarithm), so a run that starts
 * below the threshold has no crossing either.
 */
export function samplesToReach(run: { samples: number[]; nmse: number[] }, threshold: number): number | null {
  const keep = run.samples.map((s, i) => [s, run.nmse[i] as number] as const).filter(([s]) => s > 0);
  if (keep.length === 0) return null;
  return locateCrossing(
    keep.map(([s]) => s),
    keep.map(([, y]) => y),
    threshold,
    { direction: 'down' },
  ).x;
}
