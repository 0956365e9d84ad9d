import type { Domain } from './pad-domain.ts';

export interface HistogramBin {
  x0: number;
  x1: number;
  count: number;
}

/**
 * Equal-width bins across a domain (in log space on a log axis), Sturges' count from the number of
 * values; values outside the domain are not counted.
 */
export function histogramBins(values: readonly number[], domain: Domain, log: boolean): HistogramBin[] {
  const k = Math.max(1, Math.ceil(Math.log2(Math.max(values.length, 1)) + 1));
  const [a, b] = log ? [Math.log10(domain[0]), Math.log10(domain[1])] : domain;
  const width = (b - a) / k;
  const bins: HistogramBin[] = [];
  for (let i = 0; i < k; i += 1) {
    const lo = a + width * i;
    const hi = lo + width;
    bins.push({ x0: log ? 10 ** lo : lo, x1: log ? 10 ** hi : hi, count: 0 });
  }
  for (const v of values) {
    const t = log ? Math.log10(v) : v;
    if (!(t >= a && t <= b)) continue;
    const bin = bins[Math.min(k - 1, Math.floor((t - a) / width))];
    if (bin) bin.count += 1;
  }
  return bins;
}
