import { createRng, sampleNormal } from '@repro/tensor';
import { describe, expect, it } from 'vitest';
import { flattenSymmetric, hermiteFeatures, spectralOperator } from '../src/index.ts';
import { useWasmBackend } from './wasm-backend.ts';

const backend = useWasmBackend();

/** Dense reference in matrix space: C[A] = (1/2n)·Σ y(⟨X̃, A⟩X̃ − 2A), X̃ = xxᵀ − I (d×d, tiny d only). */
function denseOperator(x: Float32Array, y: Float64Array, d: number, a: Float64Array): Float64Array {
  const n = y.length;
  const out = new Float64Array(d * d);
  for (let r = 0; r < n; r += 1) {
    const xt = Float64Array.from({ length: d * d }, (_, k) => {
      const [i, j] = [Math.floor(k / d), k % d];
      return (x[r * d + i] as number) * (x[r * d + j] as number) - (i === j ? 1 : 0);
    });
    let inner = 0;
    for (let k = 0; k < d * d; k += 1) inner += (xt[k] as number) * (a[k] as number);
    for (let k = 0; k < d * d; k += 1)
      out[k] = (out[k] as number) + ((y[r] as number) * (inner * (xt[k] as number) - 2 * (a[k] as number))) / (2 * n);
  }
  return out;
}

describe('the layer-1 operator C, matrix-free', () => {
  it('equals the dense (1/2n)·Σ y(⟨X̃, A⟩X̃ − 2A) on symmetric matrices at d = 4 (over several chunks)', async () => {
    const d = 4;
    const n = 20_000;
    const rng = createRng(3);
    const x = sampleNormal(rng, n * d);
    const y = Float64Array.from(sampleNormal(rng, n), (v, r) => v + (x[r * d] as number) * (x[r * d + 1] as number));
    const dim = (d * (d + 1)) / 2;
    const op = spectralOperator(backend.tf, hermiteFeatures(x, n, d), y, dim);
    const mats = [0, 1, 2].map(() => {
      const g = sampleNormal(rng, d * d);
      return Float64Array.from({ length: d * d }, (_, k) => {
        const [i, j] = [Math.floor(k / d), k % d];
        return ((g[i * d + j] as number) + (g[j * d + i] as number)) / 2;
      });
    });
    const got = await op.apply(mats.map((m) => flattenSymmetric(m, d)));
    op.dispose();
    mats.forEach((m, c) => {
      const want = flattenSymmetric(denseOperator(x, y, d, m), d);
      const scale = Math.max(...Array.from(want, Math.abs));
      for (let k = 0; k < dim; k += 1)
        expect(Math.abs((got[c]?.[k] as number) - (want[k] as number))).toBeLessThan(1e-4 * scale);
    });
  });

  it('is normalized as (1/n)·Σ y(z·q)z − ȳq in the Hermite basis: y = z₀² − 1 gives C[e₀] ≈ 2e₀, C[e₁] ≈ 0', async () => {
    // E[(z₀² − 1)(z·q)z_k] = 2·q₀·δ_k0 for i.i.d. N(0, 1) features (E z⁴ − E z² = 2).
    const d = 5;
    const dim = (d * (d + 1)) / 2;
    const n = 40_000;
    const rng = createRng(8);
    const z = sampleNormal(rng, n * dim);
    const a = new Float64Array(dim);
    a[0] = 1;
    const y = Float64Array.from({ length: n }, (_, r) => (z[r * dim] as number) ** 2 - 1);
    const op = spectralOperator(backend.tf, z, y, dim);
    const e1 = new Float64Array(dim);
    e1[1] = 1;
    const [c0, c1] = await op.apply([a, e1]);
    op.dispose();
    expect(Math.abs((c0?.[0] as number) - 2)).toBeLessThan(0.15);
    for (let k = 1; k < dim; k += 1) expect(Math.abs(c0?.[k] as number)).toBeLessThan(0.08);
    for (let k = 0; k < dim; k += 1) expect(Math.abs(c1?.[k] as number)).toBeLessThan(0.08);
  });
});
