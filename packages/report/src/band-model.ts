import type { PlotBand } from '@repro/claims';
import { drawable } from './drawable.ts';
import type { PlotDomains } from './plot-domains.ts';
import { POWER_SAMPLES } from './power-samples.ts';
import { spaced } from './spaced.ts';

export interface BandModel {
  name: string;
  pivot: { x: number; y: number };
  /** The slope interval; an open end (null in results.json) is ±Infinity. */
  slopes: [number, number];
  /** Pointwise lower and upper edges at the same x, in x order. */
  lower: { x: number; y: number }[];
  upper: { x: number; y: number }[];
}

/**
 * The region between the two lines through (pivot, a·pivot^b) with slopes interval[0] and
 * interval[1] on log-log axes: y = a·pivot^b·(x/pivot)^s. Edges are clamped one domain-width beyond
 * the y domain, so an infinite slope fills its side of the plot; null when the pivot cannot be drawn.
 */
export function bandModel(band: PlotBand, domains: PlotDomains, logX: boolean, logY: boolean): BandModel | null {
  const centre = band.a * band.pivot ** band.b;
  if (!drawable(band.pivot, logX) || !drawable(centre, logY)) return null;
  const raw = band.interval as [number | null, number | null];
  const slopes: [number, number] = [raw[0] ?? Number.NEGATIVE_INFINITY, raw[1] ?? Number.POSITIVE_INFINITY];
  const [y0, y1] = logY ? domains.y.map(Math.log10) : domains.y;
  const span = (y1 as number) - (y0 as number);
  const clamp = (y: number): number => {
    const t = logY ? (y > 0 ? Math.log10(y) : Number.NEGATIVE_INFINITY) : y;
    const c = Math.min((y1 as number) + span, Math.max((y0 as number) - span, Number.isNaN(t) ? (y0 as number) : t));
    return logY ? 10 ** c : c;
  };
  const edge = (x: number, s: number): number => (x === band.pivot ? centre : centre * (x / band.pivot) ** s);
  const xs = spaced(domains.x, logX, POWER_SAMPLES);
  if (band.pivot > domains.x[0] && band.pivot < domains.x[1]) xs.push(band.pivot);
  xs.sort((a, b) => a - b);
  const lower: { x: number; y: number }[] = [];
  const upper: { x: number; y: number }[] = [];
  for (const x of xs) {
    const [p, q] = [clamp(edge(x, slopes[0])), clamp(edge(x, slopes[1]))];
    lower.push({ x, y: Math.min(p, q) });
    upper.push({ x, y: Math.max(p, q) });
  }
  return { name: band.name, pivot: { x: band.pivot, y: centre }, slopes, lower, upper };
}
