import { normalPair } from './normal-pair.ts';
import type { Rng } from './rng.ts';

/**
 * log X for one X ~ Gamma(shape, 1). Shape ≥ 1: Marsaglia–Tsang (2000) squeeze-and-reject with
 * d = shape − ⅓, c = 1/√(9d), returning log(d·v). Shape < 1: the boost X = Y·U^(1/shape) with
 * Y ~ Gamma(shape + 1), taken in log space, log X = log Y + log(U)/shape with U in (0, 1], so a tiny
 * shape gives a very negative but finite log instead of an underflowed 0.
 */
export function logGammaVariate(rng: Rng, shape: number): number {
  if (!(shape > 0) || !Number.isFinite(shape)) throw new RangeError(`gamma shape must be finite and > 0, got ${shape}`);
  if (shape < 1) return logGammaVariate(rng, shape + 1) + Math.log(1 - rng.uniform()) / shape;
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const [x] = normalPair(rng);
    let v = 1 + c * x;
    if (v <= 0) continue;
    v = v * v * v;
    const u = rng.uniform();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return Math.log(d * v);
  }
}
