/**
 * The two-layer ReLU NTK on inputs x, x′ (rotation invariant): ‖x‖‖x′‖·(κ₁(u) + u·κ₀(u)) with u the cosine of
 * their angle, κ₀(u) = (π − arccos u)/π and κ₁(u) = (√(1 − u²) + (π − arccos u)·u)/π (the arc-cosine kernels of
 * degree 0 and 1). Returns the rows×cols matrix K(a_i, b_j) (row-major float64).
 */
export function reluNtkKernel(
  a: ArrayLike<number>,
  rows: number,
  b: ArrayLike<number>,
  cols: number,
  d: number,
): Float64Array {
  const norm = (x: ArrayLike<number>, count: number) =>
    Float64Array.from({ length: count }, (_, i) => {
      let s = 0;
      for (let k = 0; k < d; k += 1) s += (x[i * d + k] as number) ** 2;
      return Math.sqrt(s);
    });
  const na = norm(a, rows);
  const nb = norm(b, cols);
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i += 1) {
    for (let j = 0; j < cols; j += 1) {
      let dot = 0;
      for (let k = 0; k < d; k += 1) dot += (a[i * d + k] as number) * (b[j * d + k] as number);
      const scale = (na[i] as number) * (nb[j] as number);
      const u = scale > 0 ? Math.max(-1, Math.min(1, dot / scale)) : 0;
      const theta = Math.acos(u);
      const k0 = (Math.PI - theta) / Math.PI;
      const k1 = (Math.sqrt(1 - u * u) + (Math.PI - theta) * u) / Math.PI;
      out[i * cols + j] = scale * (k1 + u * k0);
    }
  }
  return out;
}
