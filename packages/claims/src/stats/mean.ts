import { sum } from './sum.ts';

/** The arithmetic mean. Empty → NaN; any NaN → NaN. */
export function mean(values: ArrayLike<number>): number {
  return values.length === 0 ? Number.NaN : sum(values) / values.length;
}
