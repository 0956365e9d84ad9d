import type { Rng } from '../rng/rng.ts';
import { type HostBlas, hostBlas } from './host-blas.ts';
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
  /**
   * `false` keeps the block products in JavaScript even where OpenBLAS is loaded (default: A·Q, QᵀAQ
   * and the Ritz combinations are `dgemm` calls there when the operator is a matrix).
   */
  hostBlas?: boolean;
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

/** The vectors as the rows of one row-major [vectors.length, dim] matrix. */
function pack(vectors: Float64Array[], dim: number): Float64Array {
  const out = new Float64Array(vectors.length * dim);
  for (const [i, v] of vectors.entries()) out.set(v, i * dim);
  return out;
}

/** The block products of one iteration, in JavaScript or as OpenBLAS `dgemm` calls (float64). */
interface BlockOps {
  /** A·v for each v. */
  apply(q: Float64Array[]): Float64Array[];
  /** t[i·b + j] = q_i·z_j (b = z.length). */
  project(q: Float64Array[], z: Float64Array[]): Float64Array;
  /** out[j] = Σ_i basis[i]·coef[j][i]. */
  combine(basis: Float64Array[], coef: Float64Array[]): Float64Array[];
}

function jsOps(op: SymmetricOperator, dim: number): BlockOps {
  const apply = asMatvec(op, dim);
  return {
    apply: (q) => q.map((v) => apply(v)),
    project: (q, z) => {
      const t = new Float64Array(q.length * z.length);
      for (let i = 0; i < q.length; i += 1) {
        for (let j = 0; j < z.length; j += 1) {
          let s = 0;
          const qi = q[i] as Float64Array;
          const zj = z[j] as Float64Array;
          for (let m = 0; m < dim; m += 1) s += (qi[m] as number) * (zj[m] as number);
          t[i * z.length + j] = s;
        }
      }
      return t;
    },
    combine: (basis, coef) => combine(basis, coef, dim),
  };
}

function blasOps(blas: HostBlas, op: SymmetricOperator, dim: number): BlockOps {
  const rows = (m: Float64Array, count: number) =>
    Array.from({ length: count }, (_, i) => m.slice(i * dim, (i + 1) * dim));
  const matvec = typeof op === 'function' ? op : undefined;
  const matrix = typeof op === 'function' ? undefined : op instanceof Float64Array ? op : Float64Array.from(op);
  if (matrix && matrix.length !== dim * dim)
    throw new RangeError(`topEigenvectors: matrix has ${matrix.length} entries, expected ${dim * dim}`);
  return {
    apply: (q) => {
      if (matvec) return q.map((v) => matvec(v));
      // Row i of Q·Aᵀ is (A·q_i)ᵀ.
      const z = new Float64Array(q.length * dim);
      blas.dgemm(false, true, q.length, dim, dim, pack(q, dim), matrix as Float64Array, z);
      return rows(z, q.length);
    },
    project: (q, z) => {
      const t = new Float64Array(q.length * z.length);
      blas.dgemm(false, true, q.length, z.length, dim, pack(q, dim), pack(z, dim), t);
      return t;
    },
    combine: (basis, coef) => {
      const out = new Float64Array(coef.length * dim);
      blas.dgemm(false, false, coef.length, dim, basis.length, pack(coef, basis.length), pack(basis, dim), out);
      return rows(out, coef.length);
    },
  };
}

/**
 * The k dominant eigenpairs of a symmetric operator by subspace (block power) iteration with
 * Rayleigh–Ritz: Q ← orth(A·Q) on a block of k + oversample vectors, each iteration diagonalizing
 * QᵀAQ (Jacobi) to get Ritz pairs and their residuals, in float64. "Dominant" means largest |λ|; for
 * the algebraically largest eigenvalues of an indefinite operator, shift it (A + cI) first.
 * Where OpenBLAS loads (`hostBlasStatus()`), the block products are `dgemm` calls (A·Q too when the
 * operator is a matrix); `options.hostBlas: false` or `REPRO_HOST_BLAS=0` keeps them in JavaScript.
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
  const blas = options.hostBlas === false ? undefined : hostBlas();
  const ops = blas ? blasOps(blas, op, dim) : jsOps(op, dim);
  let q: Float64Array[] = Array.from({ length: block }, () => new Float64Array(dim));
  orthonormalize(q, rng);
  let result: TopEigenvectorsResult | undefined;
  for (let it = 1; it <= iters; it += 1) {
    const z = ops.apply(q);
    const t = ops.project(q, z);
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
    const ritz = ops.combine(q, coef);
    const aRitz = ops.combine(z, coef);
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
