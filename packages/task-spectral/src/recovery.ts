/**
 * Per teacher direction i, the squared norm of its projection on the span of the (orthonormal) estimated
 * directions: Σ_j (a_i·â_j)², 1 when a_i is recovered exactly, ≈ k/D by chance. Their mean is the subspace
 * overlap ‖P_A P_Â‖²_F / p.
 */
export function directionRecovery(truth: readonly Float64Array[], estimate: readonly Float64Array[]): number[] {
  return truth.map((a) => {
    let s = 0;
    for (const e of estimate) {
      let c = 0;
      for (let m = 0; m < a.length; m += 1) c += (a[m] as number) * (e[m] as number);
      s += c * c;
    }
    return s;
  });
}

export function subspaceOverlap(truth: readonly Float64Array[], estimate: readonly Float64Array[]): number {
  const r = directionRecovery(truth, estimate);
  return r.reduce((s, v) => s + v, 0) / r.length;
}
