export type Domain = [number, number];

const PAD = 0.05;

/**
 * The extent of some values widened by 5% each side (in log space on a log axis); a single value
 * gets a window around it, and no values get [1, 10] (log) or [0, 1] (linear).
 */
export function padDomain(values: readonly number[], log: boolean): Domain {
  if (values.length === 0) return log ? [1, 10] : [0, 1];
  const axis = log ? values.map(Math.log10) : values;
  let lo = Math.min(...axis);
  let hi = Math.max(...axis);
  if (hi > lo) {
    const pad = (hi - lo) * PAD;
    lo -= pad;
    hi += pad;
  } else {
    const pad = log ? 0.25 : Math.abs(lo) * 0.1 || 1;
    lo -= pad;
    hi += pad;
  }
  return log ? [10 ** lo, 10 ** hi] : [lo, hi];
}
