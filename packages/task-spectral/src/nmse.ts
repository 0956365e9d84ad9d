/** Test NMSE: mean (ŷ − y)² over the empirical variance of y. */
export function nmse(prediction: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = y.length;
  let mean = 0;
  for (let i = 0; i < n; i += 1) mean += y[i] as number;
  mean /= n;
  let err = 0;
  let v = 0;
  for (let i = 0; i < n; i += 1) {
    err += ((prediction[i] as number) - (y[i] as number)) ** 2;
    v += ((y[i] as number) - mean) ** 2;
  }
  return err / v;
}
