/**
 * A point estimate with an interval around it (for instance a 90% confidence interval).
 * Structurally a `MeasuredValue` with both fields present, so a claim's `measure` can return it as is.
 */
export interface Interval {
  value: number;
  interval: [number, number];
}
