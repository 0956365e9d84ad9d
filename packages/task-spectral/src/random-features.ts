import { type Rng, ridge, sampleNormal } from '@repro/tensor';
import { predictLinear } from './ridge-cv.ts';

export interface RandomFeaturesFit {
  /** First-layer weights (width × d), rows w_k ~ N(0, I_d/d), frozen. */
  w: Float32Array;
  width: number;
  d: number;
  /** Ridge readout (width). */
  readout: Float64Array;
}

/** ReLU random features φ_k(x) = max(0, w_k·x) (n × width, float64). */
export function reluFeatures(w: Float32Array, width: number, d: number, x: ArrayLike<number>, n: number): Float64Array {
  const out = new Float64Array(n * width);
  for (let r = 0; r < n; r += 1)
    for (let k = 0; k < width; k += 1) {
      let s = 0;
      for (let a = 0; a < d; a += 1) s += (w[k * d + a] as number) * (x[r * d + a] as number);
      out[r * width + k] = Math.max(s, 0);
    }
  return out;
}

/** Random-features ridge on the raw inputs: frozen ReLU first layer of `width` units, ridge readout with λ·n. */
export function fitRandomFeatures(
  x: ArrayLike<number>,
  n: number,
  d: number,
  y: ArrayLike<number>,
  width: number,
  lambda: number,
  rng: Rng,
): RandomFeaturesFit {
  const w = sampleNormal(rng, width * d);
  for (let i = 0; i < w.length; i += 1) w[i] = (w[i] as number) / Math.sqrt(d);
  const phi = reluFeatures(w, width, d, x, n);
  return { w, width, d, readout: ridge(phi, n, width, y, lambda * n) };
}

export function predictRandomFeatures(fit: RandomFeaturesFit, x: ArrayLike<number>, m: number): Float64Array {
  return predictLinear(reluFeatures(fit.w, fit.width, fit.d, x, m), m, fit.width, fit.readout, 0);
}

/**
 * Random-features ridge along a path of ridges (λ·n each), one frozen first layer shared by the path: returns one
 * test prediction vector (length m) per λ.
 */
export function randomFeaturesPath(
  xTrain: ArrayLike<number>,
  n: number,
  d: number,
  y: ArrayLike<number>,
  xTest: ArrayLike<number>,
  m: number,
  width: number,
  lambdas: readonly number[],
  rng: Rng,
): Float64Array[] {
  const w = sampleNormal(rng, width * d);
  for (let i = 0; i < w.length; i += 1) w[i] = (w[i] as number) / Math.sqrt(d);
  const phi = reluFeatures(w, width, d, xTrain, n);
  const test = reluFeatures(w, width, d, xTest, m);
  return lambdas.map((lambda) => {
    const readout = ridge(phi, n, width, y, lambda * n);
    return Float64Array.from({ length: m }, (_, r) => {
      let s = 0;
      for (let k = 0; k < width; k += 1) s += (test[r * width + k] as number) * (readout[k] as number);
      return s;
    });
  });
}
