import type { MeasuredValue, Verdict } from './results-file.ts';

export interface Decision {
  verdict: Extract<Verdict, 'pass' | 'fail' | 'inconclusive'>;
  reason: string;
}

const fmt = (v: number) => (Number.isFinite(v) ? Number(v.toPrecision(4)).toString() : v > 0 ? '∞' : '-∞');

/**
 * The band rule: pass when the whole interval lies inside the band, fail when it lies wholly outside,
 * inconclusive when it straddles an edge. A quantity that does not exist (null) fails.
 */
export function decide(measured: MeasuredValue | null, band: [number, number]): Decision {
  const [lo, hi] = band;
  const bandText = `[${fmt(lo)}, ${fmt(hi)}]`;
  if (measured === null || measured.value === null || !Number.isFinite(measured.value)) {
    return { verdict: 'fail', reason: `no measured value (band ${bandText})` };
  }
  const [a, b] = measured.interval ?? [measured.value, measured.value];
  const text = `${fmt(measured.value)} [${fmt(a)}, ${fmt(b)}]`;
  if (a >= lo && b <= hi) return { verdict: 'pass', reason: `${text} inside ${bandText}` };
  if (b < lo || a > hi) return { verdict: 'fail', reason: `${text} outside ${bandText}` };
  return { verdict: 'inconclusive', reason: `${text} straddles ${bandText}` };
}
