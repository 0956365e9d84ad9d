/** Test NMSE: mean (ŷ − y)² over the empirical variance of y (1 for the best constant predictor). */
export function nmse(prediction: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = y.length;
  if (prediction.length !== n || n === 0) throw new RangeError('nmse: samples must have the same nonzero length');
  let mean = 0;
  for (let i = 0; i < n; i += 1) mean += y[i] as number;
  mean /= n;
  let err = 0;
  let variance = 0;
  for (let i = 0; i < n; i += 1) {
    const e = (prediction[i] as number) - (y[i] as number);
    const v = (y[i] as number) - mean;
    err += e * e;
    variance += v * v;
  }
  return err / variance;
}
