/**
 * The mixed-radix digits of x, least significant first: x_i = ⌊x / ∏_{i'<i} r_{i'}⌋ mod r_i
 * (pal `Factorizer.__call__`). x must lie in [0, ∏ r_i).
 */
export function toDigits(x: number, radices: readonly number[]): number[] {
  const digits: number[] = [];
  let rest = x;
  for (const r of radices) {
    digits.push(rest % r);
    rest = Math.floor(rest / r);
  }
  return digits;
}

/** The number whose mixed-radix digits (least significant first) are `digits`: Σ_i d_i ∏_{i'<i} r_{i'}. */
export function fromDigits(digits: readonly number[], radices: readonly number[]): number {
  let out = 0;
  let multiplier = 1;
  radices.forEach((r, i) => {
    out += (digits[i] as number) * multiplier;
    multiplier *= r;
  });
  return out;
}

/** ∏ r_i (1 for an empty list). */
export function product(radices: readonly number[]): number {
  return radices.reduce((a, b) => a * b, 1);
}
