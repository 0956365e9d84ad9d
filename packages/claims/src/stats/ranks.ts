/**
 * Ranks 1…n of the values, ties receiving the average of the ranks they span ([10, 20, 20, 30] →
 * [1, 2.5, 2.5, 4]). NaN values make every rank NaN: they have no place in the order.
 */
export function ranks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i += 1) if (Number.isNaN(values[i])) return out.fill(Number.NaN);
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (values[a] as number) - (values[b] as number) || a - b,
  );
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && values[order[end] as number] === values[order[start] as number]) end += 1;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k += 1) out[order[k] as number] = rank;
    start = end;
  }
  return out;
}
