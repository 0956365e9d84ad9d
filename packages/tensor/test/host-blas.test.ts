import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  cholesky,
  choleskySolve,
  createRng,
  HOST_BLAS_ENV,
  hostBlasStatus,
  loadHostBlas,
  ridge,
  sampleNormal,
  solvePositiveDefinite,
  topEigenvectors,
} from '../src/index.ts';

const status = hostBlasStatus();
const needsBlas = `needs OpenBLAS float64: ${status.available ? 'available' : `skipped, ${status.reason}`}`;

/** A random SPD matrix M·Mᵀ/n + I (row-major n×n, symmetric in both triangles) from a seed. */
function spd(n: number, seed: number): Float64Array {
  const m = Float64Array.from(sampleNormal(createRng(seed), n * n));
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j <= i; j += 1) {
      let s = 0;
      for (let k = 0; k < n; k += 1) s += (m[i * n + k] as number) * (m[j * n + k] as number);
      a[i * n + j] = s / n + (i === j ? 1 : 0);
      a[j * n + i] = a[i * n + j] as number;
    }
  }
  return a;
}

/** max |a − b| / max |b|. */
function relativeError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < a.length; i += 1) {
    diff = Math.max(diff, Math.abs((a[i] as number) - (b[i] as number)));
    scale = Math.max(scale, Math.abs(b[i] as number));
  }
  return diff / scale;
}

describe('solvePositiveDefinite on the JS path', () => {
  it('solves each column like cholesky + choleskySolve', () => {
    const n = 7;
    const a = spd(n, 1);
    const b = Float64Array.from(sampleNormal(createRng(2), n * 3));
    const x = solvePositiveDefinite(a, n, b, { nrhs: 3, hostBlas: false });
    const l = cholesky(a, n);
    for (let c = 0; c < 3; c += 1) {
      const col = choleskySolve(
        l,
        n,
        Float64Array.from({ length: n }, (_, i) => b[i * 3 + c] as number),
      );
      expect(
        relativeError(
          Float64Array.from({ length: n }, (_, i) => x[i * 3 + c] as number),
          col,
        ),
      ).toBeLessThan(1e-15);
    }
  });

  it('checks the shapes', () => {
    expect(() => solvePositiveDefinite(spd(3, 1), 3, [1, 2])).toThrow(RangeError);
    expect(() => solvePositiveDefinite(spd(3, 1), 3, [1, 2, 3], { nrhs: 0 })).toThrow(RangeError);
    expect(solvePositiveDefinite([], 0, [])).toHaveLength(0);
  });
});

describe.skipIf(!status.available)(`host BLAS against the JS path (${needsBlas})`, () => {
  for (const n of [1, 7, 200]) {
    for (const nrhs of [1, 5]) {
      it(`SPD n = ${n}, ${nrhs} right-hand side(s): agree to 1e-9 relative`, () => {
        const a = spd(n, 10 + n);
        const b = Float64Array.from(sampleNormal(createRng(20 + n + nrhs), n * nrhs));
        const copy = a.slice();
        const viaBlas = solvePositiveDefinite(a, n, b, { nrhs });
        const viaJs = solvePositiveDefinite(a, n, b, { nrhs, hostBlas: false });
        expect(relativeError(viaBlas, viaJs)).toBeLessThan(1e-9);
        expect(a).toEqual(copy); // A is not modified
        // and it is a solution: the residual of A·X − B
        let residual = 0;
        for (let i = 0; i < n; i += 1) {
          for (let c = 0; c < nrhs; c += 1) {
            let s = -(b[i * nrhs + c] as number);
            for (let k = 0; k < n; k += 1) s += (a[i * n + k] as number) * (viaBlas[k * nrhs + c] as number);
            residual = Math.max(residual, Math.abs(s));
          }
        }
        expect(residual).toBeLessThan(1e-10);
      });
    }
  }

  it('reads only the lower triangle on both paths (row-major lower = LAPACK upper)', () => {
    const n = 7;
    const a = spd(n, 3);
    for (let i = 0; i < n; i += 1) for (let j = i + 1; j < n; j += 1) a[i * n + j] = 1e6 * (j - i);
    const b = Float64Array.from(sampleNormal(createRng(4), n));
    expect(
      relativeError(solvePositiveDefinite(a, n, b), solvePositiveDefinite(a, n, b, { hostBlas: false })),
    ).toBeLessThan(1e-12);
    expect(relativeError(solvePositiveDefinite(a, n, b), choleskySolve(cholesky(a, n), n, b))).toBeLessThan(1e-12);
  });

  it('throws "not positive definite" on both paths', () => {
    const indefinite = Float64Array.of(1, 2, 0, 2, 1, 0, 0, 0, 3);
    const singular = new Float64Array(9);
    const withNaN = Float64Array.of(1, 0, Number.NaN, 1);
    for (const [a, n] of [
      [indefinite, 3],
      [singular, 3],
      [withNaN, 2],
    ] as const) {
      const b = new Float64Array(n).fill(1);
      expect(() => solvePositiveDefinite(a, n, b)).toThrow(/not positive definite/);
      expect(() => solvePositiveDefinite(a, n, b, { hostBlas: false })).toThrow(/not positive definite/);
    }
  });

  it('ridge primal, dual, cg and auto agree between the paths (float64 and float32 X)', () => {
    const rng = createRng(5);
    for (const [n, d] of [
      [120, 30],
      [30, 120],
      [1, 1],
    ] as const) {
      const x64 = Float64Array.from(sampleNormal(rng, n * d));
      const y = Float64Array.from(sampleNormal(rng, n));
      for (const x of [x64, Float32Array.from(x64)]) {
        for (const method of ['auto', 'primal', 'dual', 'cg'] as const) {
          const viaBlas = ridge(x, n, d, y, 0.5, method);
          const viaJs = ridge(x, n, d, y, 0.5, method, { hostBlas: false });
          expect(relativeError(viaBlas, viaJs), `${n}×${d} ${method}`).toBeLessThan(1e-9);
        }
      }
    }
  });

  it('ridge with λ = 0 on a rank-deficient Gram matrix throws on both paths', () => {
    const x = Float64Array.of(1, 1, 2, 2, 3, 3); // 3×2, rank 1
    const y = [1, 2, 3];
    expect(() => ridge(x, 3, 2, y, 0, 'primal')).toThrow(/not positive definite/);
    expect(() => ridge(x, 3, 2, y, 0, 'primal', { hostBlas: false })).toThrow(/not positive definite/);
  });
});

describe('without OpenBLAS', () => {
  /** The environment without the switch that forces JavaScript, so that the missing library is the reason. */
  const { [HOST_BLAS_ENV]: _forced, ...baseEnv } = process.env;

  it('loadHostBlas gives the reason for a missing library or REPRO_HOST_BLAS=0', () => {
    const missing = loadHostBlas({ ...baseEnv, REPRO_BLAS_LIBRARY: '/nonexistent/libopenblas.so.0' });
    expect('reason' in missing && missing.reason).toMatch(/nonexistent.*not found/);
    const off = loadHostBlas({ ...baseEnv, [HOST_BLAS_ENV]: '0' });
    expect('reason' in off && off.reason).toMatch(/REPRO_HOST_BLAS=0/);
  });

  it('runs the JS path in a process whose REPRO_BLAS_LIBRARY does not exist, without output', () => {
    const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
    const script = `
      const t = await import(${JSON.stringify(entry)});
      const x = t.solvePositiveDefinite([4, 2, 2, 3], 2, [1, 2]);
      const w = t.ridge(Float64Array.of(1, 2, 3, 4, 5, 6), 3, 2, [1, 0, 1], 0.1);
      let threw = '';
      try { t.solvePositiveDefinite([1, 2, 2, 1], 2, [1, 1]); } catch (e) { threw = e.message; }
      console.log(JSON.stringify({ status: t.hostBlasStatus(), x: [...x], w: [...w], threw }));
    `;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      env: { ...baseEnv, REPRO_BLAS_LIBRARY: '/nonexistent/libopenblas.so.0' },
      encoding: 'utf8',
    });
    expect(child.status, child.stderr).toBe(0);
    expect(child.stderr).toBe(''); // no warnings
    const lines = child.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0] as string);
    expect(result.status.available).toBe(false);
    expect(result.status.reason).toMatch(/nonexistent/);
    expect(relativeError(result.x, choleskySolve(cholesky([4, 2, 2, 3], 2), 2, [1, 2]))).toBeLessThan(1e-15);
    expect(
      relativeError(
        result.w,
        ridge(Float64Array.of(1, 2, 3, 4, 5, 6), 3, 2, [1, 0, 1], 0.1, 'auto', { hostBlas: false }),
      ),
    ).toBeLessThan(1e-15);
    expect(result.threw).toMatch(/not positive definite/);
  });
});

describe.skipIf(!status.available)(`topEigenvectors on host BLAS (${needsBlas})`, () => {
  it('matrix and matvec operators give the JS path’s eigenpairs', () => {
    const dim = 60;
    const a = spd(dim, 30);
    const matvec = (v: Float64Array) =>
      Float64Array.from({ length: dim }, (_, i) => {
        let s = 0;
        for (let j = 0; j < dim; j += 1) s += (a[i * dim + j] as number) * (v[j] as number);
        return s;
      });
    const js = topEigenvectors(a, dim, 4, { rng: createRng(31), tol: 1e-11, hostBlas: false });
    for (const op of [a, Float32Array.from(a), matvec]) {
      const viaBlas = topEigenvectors(op, dim, 4, { rng: createRng(31), tol: 1e-11 });
      expect(viaBlas.converged).toBe(true);
      const tol = op instanceof Float32Array ? 1e-6 : 1e-9;
      expect(relativeError(viaBlas.values, js.values)).toBeLessThan(tol);
      viaBlas.vectors.forEach((v, i) => {
        const u = js.vectors[i] as Float64Array;
        let dot = 0;
        for (let m = 0; m < dim; m += 1) dot += (v[m] as number) * (u[m] as number);
        expect(Math.abs(dot)).toBeGreaterThan(1 - tol);
      });
    }
  });
});
