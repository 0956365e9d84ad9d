import { type Rng, sampleNormal } from '@repro/tensor';

/** f(x) = Σ_j a_j·relu(⟨w_j, x⟩ + b_j): first layer W (m × d, row j is w_j), biases b, second layer a. */
export interface TwoLayerNet {
  d: number;
  width: number;
  w: Float64Array;
  b: Float64Array;
  a: Float64Array;
}

/**
 * The initialization of CLAIMS.md §3.2: w_ji ~ N(0, 1/d), a_j ~ N(0, outputStd²) with outputStd = 1/√m by
 * default (1/m is the small, mean-field scale), b = 0.
 */
export function initTwoLayerNet(rng: Rng, d: number, width: number, outputStd = 1 / Math.sqrt(width)): TwoLayerNet {
  return {
    d,
    width,
    w: Float64Array.from(sampleNormal(rng, width * d, 0, 1 / Math.sqrt(d))),
    b: new Float64Array(width),
    a: Float64Array.from(sampleNormal(rng, width, 0, outputStd)),
  };
}

/** Pre-activations ⟨w_j, x_r⟩ + b_j (n × m) and outputs f(x_r) for the n rows of x (n × d). */
export function forwardTwoLayerNet(
  net: TwoLayerNet,
  x: Float64Array,
  n: number,
  pre: Float64Array = new Float64Array(n * net.width),
  out: Float64Array = new Float64Array(n),
): { pre: Float64Array; out: Float64Array } {
  const { d, width: m, w, b, a } = net;
  for (let r = 0; r < n; r += 1) {
    const xr = r * d;
    let f = 0;
    for (let j = 0; j < m; j += 1) {
      const wj = j * d;
      let s = b[j] as number;
      for (let i = 0; i < d; i += 1) s += (w[wj + i] as number) * (x[xr + i] as number);
      pre[r * m + j] = s;
      if (s > 0) f += (a[j] as number) * s;
    }
    out[r] = f;
  }
  return { pre, out };
}
