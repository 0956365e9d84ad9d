import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';

/** The environment variable that sets the OpenBLAS thread count of `wasm-blas` (OpenBLAS's own). */
export const BLAS_THREADS_ENV = 'OPENBLAS_NUM_THREADS';
/** The environment variable naming the BLAS shared library (default `libopenblas.so.0`). */
export const BLAS_LIBRARY_ENV = 'REPRO_BLAS_LIBRARY';
export const DEFAULT_BLAS_LIBRARY = 'libopenblas.so.0';

const CBLAS_ROW_MAJOR = 101;
const CBLAS_NO_TRANS = 111;
const CBLAS_TRANS = 112;

/** OpenBLAS's single-precision matrix product, transpose and column sums, called in place on float32 views (no copy). */
export interface BlasEngine {
  /** The library as loaded (soname or path). */
  library: string;
  /** The version of the FFI package koffi. */
  koffiVersion: string;
  /** `openblas_get_config()`, e.g. `OpenBLAS 0.3.21 DYNAMIC_ARCH NO_AFFINITY Haswell MAX_THREADS=64`. */
  config: string;
  /** The kernel set OpenBLAS picked for this CPU (`openblas_get_corename()`). */
  coreName: string;
  /** OpenBLAS's thread count (`openblas_get_num_threads()`). */
  threads(): number;
  /** Sets OpenBLAS's thread count (process-wide: every thread calls the same library). */
  setThreads(n: number): void;
  /**
   * Row-major C[m,n] = op(A)·op(B): A is [m,k] (or [k,m] with `transA`), B is [k,n] (or [n,k] with
   * `transB`); the views are passed to C as pointers to their first element, so C is written in place.
   */
  sgemm(
    transA: boolean,
    transB: boolean,
    m: number,
    n: number,
    k: number,
    a: Float32Array,
    b: Float32Array,
    c: Float32Array,
  ): void;
  /** Out-of-place transpose (`cblas_somatcopy`): a is [rows, cols] row-major, b receives [cols, rows]. */
  transpose(rows: number, cols: number, a: Float32Array, b: Float32Array): void;
  /** Column sums y[cols] = onesᵀ·a of a [rows, cols] row-major matrix (`cblas_sgemv`, transposed). */
  columnSums(rows: number, cols: number, a: Float32Array, y: Float32Array): void;
  /**
   * Binds another function of the same library from its C prototype (koffi syntax), e.g. the
   * double-precision entry points of `linalg/host-blas.ts`. Throws when the symbol is absent.
   */
  bind(prototype: string): (...args: unknown[]) => unknown;
}

/** Why the engine cannot be loaded here, and what to do about it. */
export class BlasUnavailable extends Error {
  readonly installHint: string;
  constructor(reason: string, installHint: string) {
    super(reason);
    this.name = 'BlasUnavailable';
    this.installHint = installHint;
  }
}

/**
 * The OpenBLAS thread count: `OPENBLAS_NUM_THREADS` when set to a positive integer, else the cores
 * available to the process. Throws on a value that is not a positive integer.
 */
export function blasThreads(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[BLAS_THREADS_ENV];
  if (raw === undefined || raw === '') return availableParallelism();
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${BLAS_THREADS_ENV} must be a positive integer (got "${raw}")`);
  return n;
}

interface KoffiLibrary {
  func(definition: string): (...args: unknown[]) => unknown;
}
interface Koffi {
  load(path: string): KoffiLibrary;
  version: string;
}

/** One engine per library path and thread (koffi's handles are per thread; the library is loaded once per process). */
const engines = new Map<string, BlasEngine>();

/**
 * Loads `cblas_sgemm`, `cblas_somatcopy` and `cblas_sgemv` from OpenBLAS (`REPRO_BLAS_LIBRARY`, default `libopenblas.so.0`, Debian's
 * `libopenblas0-pthread`) through the FFI package `koffi` (an optional dependency with prebuilt
 * binaries) and sets OpenBLAS's thread count to `threads`. Throws `BlasUnavailable` with the reason
 * and the install hint when either is missing. OpenBLAS's thread pool is shared by the whole process
 * (every worker thread calls the same library), so the last count set wins.
 */
export function loadBlasEngine(threads: number, env: NodeJS.ProcessEnv = process.env): BlasEngine {
  const library = env[BLAS_LIBRARY_ENV] || DEFAULT_BLAS_LIBRARY;
  const cached = engines.get(library);
  if (cached) {
    if (cached.threads() !== threads) cached.setThreads(threads);
    return cached;
  }
  let koffi: Koffi;
  try {
    koffi = createRequire(import.meta.url)('koffi') as Koffi;
  } catch (error) {
    throw new BlasUnavailable(
      `npm package koffi (the FFI that calls OpenBLAS) failed to load: ${firstLine(error)}`,
      'pnpm install (koffi is an optional dependency of @repro/tensor, with prebuilt binaries)',
    );
  }
  let lib: KoffiLibrary;
  try {
    lib = koffi.load(library);
  } catch (error) {
    throw new BlasUnavailable(
      `${library} not found (${firstLine(error)})`,
      library === DEFAULT_BLAS_LIBRARY
        ? 'apt-get install libopenblas0-pthread'
        : `point ${BLAS_LIBRARY_ENV} at an OpenBLAS shared library, or unset it for libopenblas.so.0`,
    );
  }
  let raw: (...args: unknown[]) => unknown;
  let omatcopy: (...args: unknown[]) => unknown;
  let gemv: (...args: unknown[]) => unknown;
  let api: Record<'config' | 'coreName' | 'getThreads' | 'setThreads', (...args: unknown[]) => unknown>;
  try {
    raw = lib.func(
      'void cblas_sgemm(int order, int transA, int transB, int m, int n, int k, float alpha, const float *a, int lda, const float *b, int ldb, float beta, float *c, int ldc)',
    );
    omatcopy = lib.func(
      'void cblas_somatcopy(int order, int trans, int rows, int cols, float alpha, const float *a, int lda, float *b, int ldb)',
    );
    gemv = lib.func(
      'void cblas_sgemv(int order, int trans, int m, int n, float alpha, const float *a, int lda, const float *x, int incx, float beta, float *y, int incy)',
    );
    api = {
      config: lib.func('const char *openblas_get_config(void)'),
      coreName: lib.func('const char *openblas_get_corename(void)'),
      getThreads: lib.func('int openblas_get_num_threads(void)'),
      setThreads: lib.func('void openblas_set_num_threads(int n)'),
    };
  } catch (error) {
    throw new BlasUnavailable(
      `${library} is not OpenBLAS with the CBLAS interface (${firstLine(error)})`,
      'apt-get install libopenblas0-pthread',
    );
  }
  api.setThreads(threads);
  let ones = new Float32Array(0);
  const engine: BlasEngine = {
    library,
    koffiVersion: koffi.version,
    config: String(api.config()).trim(),
    coreName: String(api.coreName()),
    threads: () => api.getThreads() as number,
    setThreads: (n) => {
      api.setThreads(n);
    },
    sgemm: (transA, transB, m, n, k, a, b, c) =>
      raw(
        CBLAS_ROW_MAJOR,
        transA ? CBLAS_TRANS : CBLAS_NO_TRANS,
        transB ? CBLAS_TRANS : CBLAS_NO_TRANS,
        m,
        n,
        k,
        1,
        a,
        transA ? m : k,
        b,
        transB ? k : n,
        0,
        c,
        n,
      ),
    transpose: (rows, cols, a, b) => omatcopy(CBLAS_ROW_MAJOR, CBLAS_TRANS, rows, cols, 1, a, cols, b, rows),
    columnSums: (rows, cols, a, y) => {
      if (ones.length < rows) ones = new Float32Array(Math.max(rows, 2 * ones.length)).fill(1);
      y.fill(0); // beta = 0 needs no initialised y, but some OpenBLAS versions scale it (NaN · 0 = NaN)
      gemv(CBLAS_ROW_MAJOR, CBLAS_TRANS, rows, cols, 1, a, cols, ones, 1, 0, y, 1);
    },
    bind: (prototype) => lib.func(prototype),
  };
  engines.set(library, engine);
  return engine;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
