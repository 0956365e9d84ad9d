import type { LineRole } from '../plot-model.ts';

const PALETTE = ['#4e79a7', '#59a14f', '#b07aa1', '#76b7b2', '#edc948', '#9c755f', '#e15759', '#ff9da7', '#bab0ac'];

/** The colour of series `i` (points and its line). */
export const seriesColor = (i: number): string => PALETTE[i % PALETTE.length] ?? '#4e79a7';

export const BAND_COLOR = '#f28e2b';

export interface Stroke {
  color: string;
  dash: string | null;
  width: number;
}

/** How a line looks by role: series in their colour, the fit solid orange, the prediction dashed, thresholds dotted. */
export function lineStroke(role: LineRole, series?: number): Stroke {
  switch (role) {
    case 'series':
      return { color: seriesColor(series ?? 0), dash: null, width: 1.8 };
    case 'fit':
      return { color: '#d9640a', dash: null, width: 2 };
    case 'prediction':
      return { color: '#222222', dash: '6 4', width: 1.6 };
    case 'threshold':
      return { color: '#cf222e', dash: '2 3', width: 1.5 };
    default:
      return { color: '#6e7781', dash: '8 3 2 3', width: 1.4 };
  }
}
