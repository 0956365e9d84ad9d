import type { BaselineChange } from './compare-to-baseline.ts';

/** A relative shift of the measured value at least this large is highlighted in the report. */
export const NOTABLE_SHIFT = 0.05;

/** Whether a change against the baseline is worth a reader's attention: a new verdict or a shift ≥ 5%. */
export function isNotable(change: BaselineChange): boolean {
  return change.verdictChanged || (change.shift !== null && Math.abs(change.shift) >= NOTABLE_SHIFT);
}
