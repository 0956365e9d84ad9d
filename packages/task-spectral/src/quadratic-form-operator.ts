import type { TF } from '@repro/tensor';
import type { Tensor2D } from '@tensorflow/tfjs-core';

/** d of a feature dimension D = d(d+1)/2. */
export function inputDimension(dim: number): number {
  const d = Math.round((Math.sqrt(8 * dim + 1) - 1) / 2);
  if ((d * (d + 1)) / 2 !== dim) throw new RangeError(`inputDimension: ${dim} is not d(d+1)/2`);
  return d;
}

export interface QuadraticFormOperator {
  /**
   * Zᵀ(y ⊙ Z·Q) of one chunk from its inputs x (rows × d) and labels y (rows × 1), without the features z:
   * k × d(d+1)/2 row-major (row j for vector j), Float64.
   */
  apply(x: Tensor2D, y: Tensor2D): Promise<Float64Array>;
  /** ĥ = Z·Q of one chunk from its inputs x (rows × d): rows × k row-major, Float64. */
  project(x: Tensor2D): Promise<Float64Array>;
  /** Releases the block [A_1 … A_k] on the backend. */
  dispose(): void;
}

/**
 * The degree-2 Hermite feature products of a block of k coefficient vectors q_j (normalized Hermite basis of
 * `hermiteFeatures`: (x_i² − 1)/√2, then x_i·x_j for i < j, row-major upper triangle) computed from the inputs x
 * alone. With the symmetric A_j of q_j (A_ii = q_ii, A_ij = A_ji = q_ij/√2, the inverse of `flattenSymmetric`):
 *
 * - (Z·q_j)_μ = (x_μᵀA_j x_μ − tr A_j)/√2, as one backend matMul X·[A_1 … A_k] (d × k·d), an elementwise product
 *   with x_μ and a sum over the last axis;
 * - Zᵀw_j with M_j = Xᵀdiag(w_j)X = Σ_μ w_jμ x_μ x_μᵀ: (Zᵀw_j)_ii = (M_j,ii − Σ_μ w_jμ)/√2, (Zᵀw_j)_ij = M_j,ij
 *   (i < j; the mean of M_j,ij and M_j,ji), as one matMul of Xᵀ (explicit transpose, d × rows) with
 *   [w_1⊙X … w_k⊙X] (rows × k·d).
 *
 * About twice the flops of Zᵀ(y ⊙ Z·Q) on the features, but no rows × d(d+1)/2 feature matrix is built.
 */
export function quadraticFormOperator(tf: TF, vectors: readonly Float64Array[], d: number): QuadraticFormOperator {
  const k = vectors.length;
  const dim = (d * (d + 1)) / 2;
  const blockHost = new Float32Array(d * k * d);
  const traces = new Float32Array(k);
  vectors.forEach((q, j) => {
    if (q.length !== dim) throw new RangeError(`quadraticFormOperator: vector of ${q.length}, want ${dim}`);
    let m = 0;
    let trace = 0;
    for (let a = 0; a < d; a += 1) {
      const qaa = q[m] as number;
      blockHost[a * k * d + j * d + a] = qaa;
      trace += qaa;
      m += 1;
      for (let b = a + 1; b < d; b += 1) {
        const v = (q[m] as number) / Math.SQRT2;
        blockHost[a * k * d + j * d + b] = v;
        blockHost[b * k * d + j * d + a] = v;
        m += 1;
      }
    }
    traces[j] = trace;
  });
  const block = tf.tensor2d(blockHost, [d, k * d]);
  const trace = tf.tensor2d(traces, [1, k]);
  /** Z·Q (rows × k) on the backend; call inside a tidy. */
  const forms = (x: Tensor2D): Tensor2D => {
    const rows = x.shape[0];
    const xa = tf.reshape(tf.matMul(x, block), [rows, k, d]);
    const quad = tf.sum(tf.mul(xa, tf.reshape(x, [rows, 1, d])), 2) as Tensor2D;
    return tf.div(tf.sub(quad, trace), Math.SQRT2) as Tensor2D;
  };
  return {
    async apply(x, y) {
      const rows = x.shape[0];
      const [m, sums] = tf.tidy(() => {
        const w = tf.mul(forms(x), y) as Tensor2D;
        const wx = tf.reshape(tf.mul(tf.reshape(w, [rows, k, 1]), tf.reshape(x, [rows, 1, d])), [rows, k * d]);
        // An explicit transpose, then a plain matMul: the transposed-operand matMul is ~20× slower on wasm.
        return [tf.matMul(tf.transpose(x) as Tensor2D, wx as Tensor2D) as Tensor2D, tf.sum(w, 0)];
      });
      const [mh, sh] = await Promise.all([m.data(), sums.data()]);
      tf.dispose([m, sums]);
      // M[a, j·d + b] = Σ_μ w_jμ x_μa x_μb.
      const out = new Float64Array(k * dim);
      const stride = k * d;
      for (let j = 0; j < k; j += 1) {
        const s = sh[j] as number;
        let idx = j * dim;
        for (let a = 0; a < d; a += 1) {
          out[idx] = ((mh[a * stride + j * d + a] as number) - s) / Math.SQRT2;
          idx += 1;
          for (let b = a + 1; b < d; b += 1) {
            out[idx] = ((mh[a * stride + j * d + b] as number) + (mh[b * stride + j * d + a] as number)) / 2;
            idx += 1;
          }
        }
      }
      return out;
    },
    async project(x) {
      const h = tf.tidy(() => forms(x));
      const out = Float64Array.from(await h.data());
      h.dispose();
      return out;
    },
    dispose: () => tf.dispose([block, trace]),
  };
}
