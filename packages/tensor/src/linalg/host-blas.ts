import { BlasUnavailable, blasThreads, loadBlasEngine } from '../backend/blas-engine.ts';

/** Set to `0` to keep the float64 linear algebra on its JavaScript path even where OpenBLAS loads. */
export const HOST_BLAS_ENV = 'REPRO_HOST_BLAS';

const CBLAS_ROW_MAJOR = 101;
const CBLAS_NO_TRANS = 111;
const CBLAS_TRANS = 112;
const CBLAS_LOWER = 122;

/**
 * OpenBLAS's double-precision entry points used by the float64 linear algebra, on row-major
 * Float64Arrays passed to C as pointers (no copies). Symmetric matrices are read and written in their
 * row-major lower triangle (LAPACK's column-major upper triangle of the same memory).
 */
export interface HostBlas {
  /** The library as loaded (soname or path). */
  library: string;
  /** C[m,n] = op(A)·op(B) (`cblas_dgemm`): A is [m,k] (or [k,m] with `transA`), B is [k,n] (or [n,k] with `transB`). */
  dgemm(
    transA: boolean,
    transB: boolean,
    m: number,
    n: number,
    k: number,
    a: Float64Array,
    b: Float64Array,
    c: Float64Array,
  ): void;
  /**
   * The lower triangle of C[n,n] = A·Aᵀ for A [n,k], or Aᵀ·A for A [k,n] with `trans` (`cblas_dsyrk`);
   * the strict upper triangle of C is left as it was.
   */
  dsyrk(trans: boolean, n: number, k: number, a: Float64Array, c: Float64Array): void;
  /** y = A·x for A [m,n], or Aᵀ·x with `trans` (`cblas_dgemv`); y is overwritten. */
  dgemv(trans: boolean, m: number, n: number, a: Float64Array, x: Float64Array, y: Float64Array): void;
  /**
   * Cholesky factorization in place (LAPACK `dpotrf_`, uplo 'U' on the column-major view): reads the
   * lower triangle of the row-major a[n,n] and overwrites it with L (a = L·Lᵀ). Returns LAPACK's info:
   * 0, or k > 0 when the leading minor of order k is not positive definite.
   */
  dpotrf(n: number, a: Float64Array): number;
  /**
   * Solves A·X = B given the factor from `dpotrf` (LAPACK `dpotrs_`); B is column-major [n, nrhs]
   * (for nrhs = 1, a plain vector) and is overwritten by X. Returns LAPACK's info.
   */
  dpotrs(n: number, nrhs: number, factor: Float64Array, b: Float64Array): number;
}

/** Whether the float64 linear algebra runs on OpenBLAS here, and why not otherwise. */
export interface HostBlasStatus {
  available: boolean;
  /** The library when available; the reason (and what to do) when not. */
  reason: string;
}

/**
 * Loads the double-precision entry points from the same OpenBLAS as `wasm-blas` (`REPRO_BLAS_LIBRARY`,
 * default `libopenblas.so.0`, through koffi; thread count from `OPENBLAS_NUM_THREADS`, default the
 * cores). Returns the reason instead of throwing when the library, koffi or a symbol is missing, or
 * when `REPRO_HOST_BLAS=0`. Not cached: `hostBlas()` is the process's lazily loaded instance.
 */
export function loadHostBlas(env: NodeJS.ProcessEnv = process.env): HostBlas | { reason: string } {
  if (env[HOST_BLAS_ENV] === '0') return { reason: `${HOST_BLAS_ENV}=0: float64 linear algebra kept in JavaScript` };
  try {
    const engine = loadBlasEngine(blasThreads(env), env);
    const gemm = engine.bind(
      'void cblas_dgemm(int order, int transA, int transB, int m, int n, int k, double alpha, const double *a, int lda, const double *b, int ldb, double beta, double *c, int ldc)',
    );
    const syrk = engine.bind(
      'void cblas_dsyrk(int order, int uplo, int trans, int n, int k, double alpha, const double *a, int lda, double beta, double *c, int ldc)',
    );
    const gemv = engine.bind(
      'void cblas_dgemv(int order, int trans, int m, int n, double alpha, const double *a, int lda, const double *x, int incx, double beta, double *y, int incy)',
    );
    // Fortran convention: every argument by pointer, then the hidden length of each character argument.
    const potrf = engine.bind(
      'void dpotrf_(const char *uplo, const int *n, double *a, const int *lda, int *info, size_t uploLength)',
    );
    const potrs = engine.bind(
      'void dpotrs_(const char *uplo, const int *n, const int *nrhs, const double *a, const int *lda, double *b, const int *ldb, int *info, size_t uploLength)',
    );
    const int = (value: number) => Int32Array.of(value);
    const trans = (t: boolean) => (t ? CBLAS_TRANS : CBLAS_NO_TRANS);
    return {
      library: engine.library,
      dgemm: (transA, transB, m, n, k, a, b, c) =>
        gemm(CBLAS_ROW_MAJOR, trans(transA), trans(transB), m, n, k, 1, a, transA ? m : k, b, transB ? k : n, 0, c, n),
      dsyrk: (t, n, k, a, c) => syrk(CBLAS_ROW_MAJOR, CBLAS_LOWER, trans(t), n, k, 1, a, t ? n : k, 0, c, n),
      dgemv: (t, m, n, a, x, y) => {
        y.fill(0); // beta = 0, but a NaN already in y would survive a scaling by 0 in some versions
        gemv(CBLAS_ROW_MAJOR, trans(t), m, n, 1, a, n, x, 1, 0, y, 1);
      },
      dpotrf: (n, a) => {
        const info = int(0);
        potrf('U', int(n), a, int(Math.max(1, n)), info, 1);
        return info[0] as number;
      },
      dpotrs: (n, nrhs, factor, b) => {
        const info = int(0);
        potrs('U', int(n), int(nrhs), factor, int(Math.max(1, n)), b, int(Math.max(1, n)), info, 1);
        return info[0] as number;
      },
    };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const hint = error instanceof BlasUnavailable ? ` (${error.installHint})` : '';
    return { reason: `${message}${hint}` };
  }
}

let loaded: HostBlas | { reason: string } | undefined;

/** The process's OpenBLAS double-precision entry points, loaded on first use; undefined when unavailable. */
export function hostBlas(): HostBlas | undefined {
  loaded ??= loadHostBlas();
  return 'reason' in loaded ? undefined : loaded;
}

/** `{available, reason}` of `hostBlas()` (loads it on first call), for reports. */
export function hostBlasStatus(): HostBlasStatus {
  const blas = hostBlas();
  if (blas) return { available: true, reason: `OpenBLAS float64 via ${blas.library}` };
  return { available: false, reason: (loaded as { reason: string }).reason };
}
