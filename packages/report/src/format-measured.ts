import type { MeasuredValue } from '@repro/claims';
import { formatNumber } from './format-number.ts';

/** `0.8875 [0.8678, 0.9046]`; `—` when there is no value; null interval ends print as ±∞. */
export function formatMeasured(measured: MeasuredValue | null | undefined): string {
  if (!measured || measured.value === null || measured.value === undefined) return '—';
  const interval = measured.interval as [number | null, number | null] | null;
  const text = formatNumber(measured.value);
  return interval ? `${text} [${formatNumber(interval[0], -1)}, ${formatNumber(interval[1], 1)}]` : text;
}
