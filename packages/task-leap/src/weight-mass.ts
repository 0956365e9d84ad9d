/**
 * First-layer weight mass per coordinate: Σ_j |w_ji| (or Σ_j |w_ji − w0_ji| when `reference` is given, the
 * mass of the displacement from initialization), for i = 1..d (index i − 1).
 */
export function weightMass(w: Float64Array, d: number, width: number, reference?: Float64Array): number[] {
  const mass = new Array<number>(d).fill(0);
  for (let j = 0; j < width; j += 1) {
    for (let i = 0; i < d; i += 1) {
      const v = (w[j * d + i] as number) - (reference ? (reference[j * d + i] as number) : 0);
      mass[i] = (mass[i] as number) + Math.abs(v);
    }
  }
  return mass;
}
