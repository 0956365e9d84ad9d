import type { TF } from '@repro/tensor';
import type { Tensor2D } from '@tensorflow/tfjs-core';
import { applyFeatures, type FeatureMap } from './feature-map.ts';

/** FᵀF and Fᵀy over the first `n` rows (float64, m×m and m). */
export interface PrefixGram {
  n: number;
  gram: Float64Array;
  fty: Float64Array;
}

const CHUNK = 2048;

/**
 * Streams x (rows × d, float32) through a feature map on the backend in chunks and accumulates FᵀF and Fᵀy
 * in float64 (each chunk's product is formed with an explicit transpose and a plain matMul, in float32),
 * returning a snapshot at every prefix size in `checkpoints` (ascending, each ≤ rows). One pass serves
 * every sample size of a learning curve.
 */
export async function prefixGrams(
  tf: TF,
  map: FeatureMap,
  x: Float32Array,
  y: ArrayLike<number>,
  checkpoints: readonly number[],
): Promise<PrefixGram[]> {
  const { d, m } = map;
  const rows = x.length / d;
  const sorted = [...checkpoints];
  for (let i = 0; i < sorted.length; i += 1) {
    const c = sorted[i] as number;
    if (!Number.isInteger(c) || c < 1 || c > rows || (i > 0 && c <= (sorted[i - 1] as number)))
      throw new RangeError(`prefixGrams: checkpoints must be ascending integers in [1, ${rows}]`);
  }
  const gram = new Float64Array(m * m);
  const fty = new Float64Array(m);
  const out: PrefixGram[] = [];
  let pos = 0;
  for (const stop of sorted) {
    while (pos < stop) {
      const size = Math.min(CHUNK, stop - pos);
      const [gt, bt] = tf.tidy(() => {
        const xs = tf.tensor2d(x.subarray(pos * d, (pos + size) * d), [size, d]);
        const f = applyFeatures(tf, map, xs);
        const ys = tf.tensor2d(
          Float32Array.from({ length: size }, (_, i) => y[pos + i] as number),
          [size, 1],
        );
        const ft = tf.transpose(f) as Tensor2D;
        return [tf.matMul(ft, f), tf.matMul(ft, ys)];
      });
      const [g, b] = await Promise.all([gt.data(), bt.data()]);
      tf.dispose([gt, bt]);
      for (let i = 0; i < gram.length; i += 1) gram[i] = (gram[i] as number) + (g[i] as number);
      for (let i = 0; i < m; i += 1) fty[i] = (fty[i] as number) + (b[i] as number);
      pos += size;
    }
    out.push({ n: stop, gram: gram.slice(), fty: fty.slice() });
  }
  return out;
}

/** F(x)·U for U m×c (row-major), chunked on the backend: an n×c float64 matrix (row-major). */
export async function projectFeatures(
  tf: TF,
  map: FeatureMap,
  x: Float32Array,
  u: Float64Array,
  c: number,
): Promise<Float64Array> {
  const { d, m } = map;
  const rows = x.length / d;
  if (u.length !== m * c) throw new RangeError(`projectFeatures: U must be ${m}×${c}`);
  const out = new Float64Array(rows * c);
  const u32 = Float32Array.from(u);
  for (let pos = 0; pos < rows; pos += CHUNK) {
    const size = Math.min(CHUNK, rows - pos);
    const t = tf.tidy(() => {
      const xs = tf.tensor2d(x.subarray(pos * d, (pos + size) * d), [size, d]);
      return tf.matMul(applyFeatures(tf, map, xs), tf.tensor2d(u32, [m, c]));
    });
    out.set(await t.data(), pos * c);
    t.dispose();
  }
  return out;
}
