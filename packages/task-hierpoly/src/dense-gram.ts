/** XᵀX (m×m) and Xᵀy for X n×m row-major, in float64 on the CPU (for small m). */
export function denseGram(x: ArrayLike<number>, n: number, m: number, y: ArrayLike<number>) {
  const gram = new Float64Array(m * m);
  const fty = new Float64Array(m);
  for (let i = 0; i < n; i += 1) {
    const yi = y[i] as number;
    for (let a = 0; a < m; a += 1) {
      const xa = x[i * m + a] as number;
      if (xa === 0) continue;
      fty[a] = (fty[a] as number) + xa * yi;
      for (let b = a; b < m; b += 1) gram[a * m + b] = (gram[a * m + b] as number) + xa * (x[i * m + b] as number);
    }
  }
  for (let a = 0; a < m; a += 1) for (let b = a + 1; b < m; b += 1) gram[b * m + a] = gram[a * m + b] as number;
  return { gram, fty };
}
