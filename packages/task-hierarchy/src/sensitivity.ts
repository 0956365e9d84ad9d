import type { TF } from '@repro/tensor';
import type { HierarchyNet } from './hierarchy-net.ts';

/**
 * The authors' stability (stabs.py measure_stability) of hidden layer `layer` (1-based; post-ReLU,
 * flattened): S = mean_i ‖f(x_i) − f(x_i')‖² / mean_{i,j} ‖f(x_i) − f(x_j)‖², x_i' the perturbed copy of
 * x_i; the denominator runs over all ordered pairs of base points, i = j included
 * (= 2·(mean ‖f‖² − ‖mean f‖²)). `base` and `perturbed` are [n, d·C] encoded points in matching order.
 */
export async function sensitivity(
  tf: TF,
  net: HierarchyNet,
  base: Float32Array,
  perturbed: Float32Array,
  n: number,
  length: number,
  channels: number,
  layer: number,
): Promise<number> {
  const features = async (x: Float32Array) => {
    const t = tf.tidy(() => {
      const h = net.apply(tf.tensor3d(x, [n, length, channels])).hidden[layer - 1];
      if (!h) throw new RangeError(`sensitivity: the net has no hidden layer ${layer}`);
      return tf.reshape(h, [n, -1]);
    });
    const values = await t.data();
    const dim = t.shape[1] as number;
    t.dispose();
    return { values, dim };
  };
  const f = await features(base);
  const g = await features(perturbed);
  const { dim } = f;
  let numerator = 0;
  let squares = 0;
  const centre = new Float64Array(dim);
  for (let i = 0; i < n; i += 1) {
    for (let k = 0; k < dim; k += 1) {
      const a = f.values[i * dim + k] as number;
      const b = g.values[i * dim + k] as number;
      numerator += (a - b) ** 2;
      squares += a * a;
      centre[k] = (centre[k] as number) + a / n;
    }
  }
  let centreNorm = 0;
  for (let k = 0; k < dim; k += 1) centreNorm += (centre[k] as number) ** 2;
  const denominator = 2 * (squares / n - centreNorm);
  return denominator > 0 ? numerator / n / denominator : Number.NaN;
}
