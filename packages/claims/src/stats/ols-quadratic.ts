import { mean } from './mean.ts';

export interface QuadraticFit {
  intercept: number;
  slope: number;
  /** c in y ≈ intercept + slope·x + c·(x − mean x)²; the same c whatever the centring. */
  curvature: number;
}

/**
 * Least squares of y on [1, x, (x − x̄)²]. Solved on centred data (u = x − x̄, q = u² − mean u²), where
 * the 3×3 normal equations reduce to a 2×2 system in (slope, curvature). Fewer than three distinct x
 * values (the system is singular), fewer than three points, or mismatched lengths → all NaN.
 */
export function olsQuadratic(x: ArrayLike<number>, y: ArrayLike<number>): QuadraticFit {
  const nan = { intercept: Number.NaN, slope: Number.NaN, curvature: Number.NaN };
  const n = x.length;
  if (n !== y.length || n < 3) return nan;
  const mx = mean(x);
  const my = mean(y);
  let mq = 0;
  for (let i = 0; i < n; i += 1) mq += ((x[i] as number) - mx) ** 2 / n;
  let suu = 0;
  let suq = 0;
  let sqq = 0;
  let suy = 0;
  let sqy = 0;
  for (let i = 0; i < n; i += 1) {
    const u = (x[i] as number) - mx;
    const q = u * u - mq;
    const v = (y[i] as number) - my;
    suu += u * u;
    suq += u * q;
    sqq += q * q;
    suy += u * v;
    sqy += q * v;
  }
  const det = suu * sqq - suq * suq;
  // Relative test: with fewer than three distinct x, det is zero up to rounding.
  if (!(det > 1e-12 * suu * sqq)) return nan;
  const slope = (sqq * suy - suq * sqy) / det;
  const curvature = (suu * sqy - suq * suy) / det;
  return { intercept: my - slope * mx - curvature * mq, slope, curvature };
}
