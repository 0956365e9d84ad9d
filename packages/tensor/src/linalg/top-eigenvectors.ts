import type { Rng } from '../rng/rng.ts';
import { orthonormalize } from './orthonormalize.ts';
import { symmetricEigen } from './symmetric-eigen.ts';

/** A symmetric operator: a matvec (v ↦ A·v, returning a new array) or a row-major dim×dim matrix. */
export type SymmetricOperator = ((v: Float64Array) => Float64Array) | Float64Array | Float32Array;

export interface TopEigenvectorsOptions {
  /** Seeds the starting block (and any replacement vector); required. */
  rng: Rng;
  /** Maximum iterations (default 300); each costs k + oversample matvecs. */
  iters?: number;
  /** Stop when every ‖A·v_i − λ_i·v_i‖ ≤ tol·|λ_1| (default 1e-8). */
  tol?: number;
  /** Extra block vectors beyond k (default min(dim − k, max(k, 5))): faster convergence when λ_k ≈ λ_k+1. */
  oversample?: number;
}

export interface TopEigenvectorsResult {
  /** The k dominant eigenvalues (largest |λ|), in decreasing order of |λ|. */
  values: Float64Array;
  /** Unit eigenvectors, `vectors[i]` for `values[i]` (sign arbitrary). */
  vectors: Float64Array[];
  /** ‖A·v_i − λ_i·v_i‖ per pair at exit. */
  residuals: Float64Array;
  iterations: number;
  converged: boolean;
}

function asMatvec(op: SymmetricOperator, dim: number): (v: Float64Array) => Float64Array {
  if (typeof op === 'function') return op;
  if (op.length !== dim * dim)
    throw new RangeError(`topEigenvectors: matrix has ${op.length} entries, expected ${dim * dim}`);
  return (v) => {
    const out = new Float64Array(dim);
    for (let i = 0; i < dim; i += 1) {
      let s = 0;
      for (let j = 0; j < dim; j += 1) s += (op[i * dim + j] as number) * (v[j] as number);
      out[i] = s;
    }
    return out;
  };
}

/** Linear combinations: out[j] = Σ_i basis[i]·coef[i][j]. */
function combine(basis: Float64Array[], coef: Float64Array[], dim: number): Float64Array[] {
  return coef.map((c) => {
    const out = new Float64Array(dim);
    basis.forEach((b, i) => {
      const w = c[i] as number;
      for (let k = 0; k < dim; k += 1) out[k] = (out[k] as number) + w * (b[k] as number);
    });
    return out;
  });
}

/**
 * The k dominant eigenpairs of a symmetric operator by subspace (block power) iteration with
 * Rayleigh–Ritz: Q ← orth(A·Q) on a block of k + oversample vectors, each iteration diagonalizing
 * QᵀAQ (Jacobi) to get Ritz pairs and their residuals, in float64. "Dominant" means largest |λ|; for
 * the algebraically largest eigenvalues of an indefinite operator, shift it (A + cI) first.
 */
export function topEigenvectors(
  op: SymmetricOperator,
  dim: number,
  k: number,
  options: TopEigenvectorsOptions,
): TopEigenvectorsResult {
  const { rng, iters = 300, tol = 1e-8 } = options;
  if (!Number.isInteger(k) || k < 1 || k > dim)
    throw new RangeError(`topEigenvectors: need 1 ≤ k ≤ dim, got k = ${k}, dim = ${dim}`);
  const block = Math.min(dim, k + (options.oversample ?? Math.min(dim - k, Math.max(k, 5))));
  const apply = asMatvec(op, dim);
  let q: Float64Array[] = Array.from({ length: block }, () => new Float64Array(dim));
  orthonormalize(q, rng);
  let result: TopEigenvectorsResult | undefined;
  for (let it = 1; it <= iters; it += 1) {
    const z = q.map((v) => apply(v));
    const t = new Float64Array(block * block);
    for (let i = 0; i < block; i += 1) {
      for (let j = 0; j < block; j += 1) {
        let s = 0;
        const qi = q[i] as Float64Array;
        const zj = z[j] as Float64Array;
        for (let m = 0; m < dim; m += 1) s += (qi[m] as number) * (zj[m] as number);
        t[i * block + j] = s;
      }
    }
    for (let i = 0; i < block; i += 1) {
      for (let j = i + 1; j < block; j += 1) {
        const s = ((t[i * block + j] as number) + (t[j * block + i] as number)) / 2;
        t[i * block + j] = s;
        t[j * block + i] = s;
      }
    }
    const eig = symmetricEigen(t, block);
    const order = Array.from({ length: block }, (_, i) => i).sort(
      (a, b) => Math.abs(eig.values[b] as number) - Math.abs(eig.values[a] as number),
    );
    const values = Float64Array.from(order, (i) => eig.values[i] as number);
    const coef = order.map((i) => eig.vectors[i] as Float64Array);
    const ritz = combine(q, coef, dim);
    const aRitz = combine(z, coef, dim);
    const residuals = new Float64Array(k);
    for (let i = 0; i < k; i += 1) {
      let s = 0;
      const lambda = values[i] as number;
      const v = ritz[i] as Float64Array;
      const av = aRitz[i] as Float64Array;
      for (let m = 0; m < dim; m += 1) s += ((av[m] as number) - lambda * (v[m] as number)) ** 2;
      residuals[i] = Math.sqrt(s);
    }
    const scale = Math.max(Math.abs(values[0] as number), Number.MIN_VALUE);
    const converged = residuals.every((r) => r <= tol * scale);
    result = { values: values.slice(0, k), vectors: ritz.slice(0, k), residuals, iterations: it, converged };
    if (converged || it === iters) break;
    q = aRitz;
    orthonormalize(q, rng);
  }
  return result as TopEigenvectorsResult;
}
