import { mean } from './mean.ts';

export interface LineFit {
  slope: number;
  intercept: number;
  /** √(Σ residual² / (n − 2)); NaN with fewer than three points. */
  residualSd: number;
}

/**
 * Ordinary least squares of y on x: y ≈ intercept + slope·x. Computed on centred data, so offsets in
 * x (log x of large values) do not cancel. Fewer than two points, mismatched lengths, or all x equal
 * → slope and intercept NaN.
 */
export function ols(x: ArrayLike<number>, y: ArrayLike<number>): LineFit {
  const n = x.length;
  if (n !== y.length || n < 2) return { slope: Number.NaN, intercept: Number.NaN, residualSd: Number.NaN };
  const mx = mean(x);
  const my = mean(y);
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (x[i] as number) - mx;
    sxx += dx * dx;
    sxy += dx * ((y[i] as number) - my);
  }
  if (sxx === 0) return { slope: Number.NaN, intercept: Number.NaN, residualSd: Number.NaN };
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  let ssr = 0;
  for (let i = 0; i < n; i += 1) {
    const r = (y[i] as number) - intercept - slope * (x[i] as number);
    ssr += r * r;
  }
  return { slope, intercept, residualSd: n > 2 ? Math.sqrt(ssr / (n - 2)) : Number.NaN };
}
