/** `n` values evenly spaced across a domain: in log space on a log axis, so lines look smooth either way. */
export function spaced(domain: readonly [number, number], log: boolean, n: number): number[] {
  const [a, b] = log ? [Math.log10(domain[0]), Math.log10(domain[1])] : domain;
  const values: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const t = a + ((b - a) * i) / (n - 1);
    values.push(log ? 10 ** t : t);
  }
  return values;
}
