import type { Rng } from './rng.ts';

/**
 * Two independent standard normals by Marsaglia's polar method, in float64: (u, v) uniform in the
 * unit disc (rejection), then (u, v)·sqrt(−2 ln s / s) with s = u² + v².
 */
export function normalPair(rng: Rng): [number, number] {
  for (;;) {
    const u = 2 * rng.uniform() - 1;
    const v = 2 * rng.uniform() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) {
      const f = Math.sqrt((-2 * Math.log(s)) / s);
      return [u * f, v * f];
    }
  }
}
