import { describe, expect, it } from 'vitest';
import {
  cholesky,
  choleskySolve,
  conjugateGradient,
  createRng,
  orthonormalize,
  ridge,
  sampleNormal,
  symmetricEigen,
  topEigenvectors,
} from '../src/index.ts';

const matvec = (a: ArrayLike<number>, n: number) => (v: Float64Array) =>
  Float64Array.from({ length: n }, (_, i) => {
    let s = 0;
    for (let j = 0; j < n; j += 1) s += (a[i * n + j] as number) * (v[j] as number);
    return s;
  });

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i += 1) m = Math.max(m, Math.abs((a[i] as number) - (b[i] as number)));
  return m;
}

/** A random rotation R (dim×dim, row-major) as a product of Householder reflections of seeded vectors. */
function rotation(dim: number, seed: number): Float64Array {
  const rng = createRng(seed);
  const r = new Float64Array(dim * dim);
  for (let i = 0; i < dim; i += 1) r[i * dim + i] = 1;
  for (let h = 0; h < 3; h += 1) {
    const u = Float64Array.from(sampleNormal(rng, dim));
    const norm = Math.hypot(...u);
    for (let i = 0; i < dim; i += 1) u[i] = (u[i] as number) / norm;
    for (let j = 0; j < dim; j += 1) {
      let s = 0;
      for (let i = 0; i < dim; i += 1) s += (u[i] as number) * (r[i * dim + j] as number);
      for (let i = 0; i < dim; i += 1) r[i * dim + j] = (r[i * dim + j] as number) - 2 * (u[i] as number) * s;
    }
  }
  return r;
}

/** R·diag(values)·Rᵀ. */
function rotatedDiagonal(values: number[], r: Float64Array): Float64Array {
  const dim = values.length;
  const a = new Float64Array(dim * dim);
  for (let i = 0; i < dim; i += 1)
    for (let j = 0; j < dim; j += 1) {
      let s = 0;
      for (let k = 0; k < dim; k += 1)
        s += (r[i * dim + k] as number) * (values[k] as number) * (r[j * dim + k] as number);
      a[i * dim + j] = s;
    }
  return a;
}

describe('cholesky(A, n) and choleskySolve(L, n, b)', () => {
  it('factors the classic 3×3 example exactly', () => {
    const a = [4, 12, -16, 12, 37, -43, -16, -43, 98];
    expect(Array.from(cholesky(a, 3))).toEqual([2, 0, 0, 6, 1, 0, -8, 5, 3]);
  });

  it('solves A·x = b', () => {
    const a = [4, 12, -16, 12, 37, -43, -16, -43, 98];
    const x = [1, -2, 0.5];
    const b = matvec(a, 3)(Float64Array.from(x));
    expect(maxAbsDiff(choleskySolve(cholesky(a, 3), 3, b), x)).toBeLessThan(1e-12);
  });

  it('throws on a matrix that is not positive definite', () => {
    expect(() => cholesky([1, 2, 2, 1], 2)).toThrow(/not positive definite/);
  });
});

describe('conjugateGradient(matvec, b)', () => {
  it('agrees with the Cholesky solution of an SPD system', () => {
    const a = rotatedDiagonal([9, 4, 2, 1, 0.5, 0.25], rotation(6, 1));
    const b = Float64Array.from([1, 2, 3, 4, 5, 6]);
    const { x, converged, iterations } = conjugateGradient(matvec(a, 6), b);
    expect(converged).toBe(true);
    expect(iterations).toBeLessThanOrEqual(8);
    expect(maxAbsDiff(x, choleskySolve(cholesky(a, 6), 6, b))).toBeLessThan(1e-9);
  });
});

describe('ridge(X, n, d, y, λ)', () => {
  it('matches the closed form (Hᵀy)_j / (n + λ) for an orthogonal (Hadamard) design', () => {
    const h = [1, 1, 1, 1, 1, -1, 1, -1, 1, 1, -1, -1, 1, -1, -1, 1];
    const y = [3, -1, 2, 0.5];
    const lambda = 0.7;
    const expected = [0, 1, 2, 3].map(
      (j) => [0, 1, 2, 3].reduce((s, i) => s + (h[i * 4 + j] as number) * (y[i] as number), 0) / (4 + lambda),
    );
    for (const method of ['primal', 'dual', 'cg'] as const) {
      expect(maxAbsDiff(ridge(Float32Array.from(h), 4, 4, y, lambda, method), expected)).toBeLessThan(1e-9);
    }
  });

  it.each([
    [200, 30],
    [30, 200],
  ])('solves the normal equations (n = %i, d = %i), and its three methods agree', (n, d) => {
    const rng = createRng(2);
    const x = sampleNormal(rng, n * d);
    const y = sampleNormal(rng, n);
    const lambda = 0.3;
    const w = ridge(x, n, d, y, lambda);
    // (XᵀX + λI)·w − Xᵀy = Xᵀ(Xw − y) + λw must vanish.
    const resid = new Float64Array(n);
    for (let i = 0; i < n; i += 1) {
      let s = -(y[i] as number);
      for (let a = 0; a < d; a += 1) s += (x[i * d + a] as number) * (w[a] as number);
      resid[i] = s;
    }
    for (let a = 0; a < d; a += 1) {
      let g = lambda * (w[a] as number);
      for (let i = 0; i < n; i += 1) g += (x[i * d + a] as number) * (resid[i] as number);
      expect(Math.abs(g)).toBeLessThan(1e-9);
    }
    for (const method of ['primal', 'dual', 'cg'] as const) {
      expect(maxAbsDiff(ridge(x, n, d, y, lambda, method), w)).toBeLessThan(1e-8);
    }
  });
});

describe('symmetricEigen(A, n)', () => {
  it('finds the eigenpairs of [[2, 1], [1, 2]]', () => {
    const { values, vectors } = symmetricEigen([2, 1, 1, 2], 2);
    expect(values[0]).toBeCloseTo(3, 14);
    expect(values[1]).toBeCloseTo(1, 14);
    expect(Math.abs((vectors[0] as Float64Array)[0] as number)).toBeCloseTo(Math.SQRT1_2, 14);
    expect(((vectors[0] as Float64Array)[0] as number) * ((vectors[0] as Float64Array)[1] as number)).toBeGreaterThan(
      0,
    );
  });

  it('diagonalizes a rotated diagonal matrix: A·v = λ·v for every pair', () => {
    const spectrum = [5, -3, 2, 1, 0.5, -0.25, 0.1];
    const a = rotatedDiagonal(spectrum, rotation(7, 3));
    const { values, vectors } = symmetricEigen(a, 7);
    expect(
      maxAbsDiff(
        values,
        [...spectrum].sort((p, q) => q - p),
      ),
    ).toBeLessThan(1e-12);
    const residuals = vectors.map((v, i) =>
      maxAbsDiff(
        matvec(a, 7)(v),
        v.map((c) => c * (values[i] as number)),
      ),
    );
    expect(Math.max(...residuals)).toBeLessThan(1e-12);
  });
});

describe('orthonormalize(vectors, rng)', () => {
  it('makes an orthonormal set and replaces a dependent vector', () => {
    const vs = [Float64Array.from([1, 1, 0]), Float64Array.from([2, 2, 0]), Float64Array.from([0, 1, 1])];
    orthonormalize(vs, createRng(4));
    for (let i = 0; i < 3; i += 1)
      for (let j = 0; j < 3; j += 1) {
        const dot = (vs[i] as Float64Array).reduce((s, x, k) => s + x * ((vs[j] as Float64Array)[k] as number), 0);
        expect(dot).toBeCloseTo(i === j ? 1 : 0, 12);
      }
    expect(maxAbsDiff(vs[0] as Float64Array, [Math.SQRT1_2, Math.SQRT1_2, 0])).toBeLessThan(1e-15);
  });
});

describe('topEigenvectors(op, dim, k, { rng })', () => {
  const dim = 40;
  const spectrum = Array.from({ length: dim }, (_, i) => (i < 4 ? ([10, 7, 5, 3][i] as number) : 1 / (i + 1)));
  const r = rotation(dim, 5);
  const a = rotatedDiagonal(spectrum, r);
  const column = (j: number) => Float64Array.from({ length: dim }, (_, i) => r[i * dim + j] as number);

  it('recovers the top 4 eigenpairs of a rotated diagonal matrix from a matvec', () => {
    const res = topEigenvectors(matvec(a, dim), dim, 4, { rng: createRng(6), tol: 1e-10 });
    expect(res.converged).toBe(true);
    expect(maxAbsDiff(res.values, [10, 7, 5, 3])).toBeLessThan(1e-9);
    res.vectors.forEach((v, i) => {
      const overlap = v.reduce((s, x, m) => s + x * (column(i)[m] as number), 0);
      expect(Math.abs(overlap)).toBeCloseTo(1, 9);
    });
    expect(Math.max(...res.residuals)).toBeLessThan(1e-9);
  });

  it('accepts the matrix itself and gives the same answer', () => {
    const res = topEigenvectors(a, dim, 2, { rng: createRng(7), tol: 1e-10 });
    expect(maxAbsDiff(res.values, [10, 7])).toBeLessThan(1e-9);
  });

  it('orders dominant eigenvalues by magnitude when the operator is indefinite', () => {
    const b = rotatedDiagonal([3, -5, 1, 0.2], rotation(4, 8));
    const res = topEigenvectors(b, 4, 2, { rng: createRng(9), tol: 1e-10 });
    expect(maxAbsDiff(res.values, [-5, 3])).toBeLessThan(1e-9);
  });

  it('reports non-convergence when iterations run out', () => {
    const res = topEigenvectors(matvec(a, dim), dim, 4, { rng: createRng(6), iters: 1, tol: 1e-14, oversample: 0 });
    expect(res.converged).toBe(false);
    expect(res.iterations).toBe(1);
  });
});
