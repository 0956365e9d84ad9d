import { type Rng, sampleNormal } from '@repro/tensor';

export interface PowerLawDesign {
  /** Log-spaced x grid. */
  xs: number[];
  seeds: number;
  /** Noise sd in log y. */
  sigma: number;
}

/** x from 10 to 1000, 8 log-spaced points, 5 seeds, noise 0.1 in log y: fixed before any trial was run. */
export const POWER_LAW_DESIGN: PowerLawDesign = {
  xs: Array.from({ length: 8 }, (_, i) => 10 ** (1 + (2 * i) / 7)),
  seeds: 5,
  sigma: 0.1,
};

export type LawKind = 'power' | 'curved';

/**
 * Noisy points of log y = a + e·log x (a power law) or log y = a + b·(log x)² with b chosen so that the
 * secant slope over the grid equals e (a curved law a straight line would also fit with slope e).
 */
export function powerLawPoints(kind: LawKind, e: number, design: PowerLawDesign, rng: Rng) {
  const logs = design.xs.map(Math.log);
  const lo = logs[0] as number;
  const hi = logs[logs.length - 1] as number;
  const b = e / (lo + hi);
  const a = 0.5;
  const points: { x: number; y: number; seed: number }[] = [];
  for (let seed = 0; seed < design.seeds; seed += 1) {
    const noise = sampleNormal(rng, logs.length, 0, design.sigma);
    logs.forEach((lx, i) => {
      const mean = kind === 'power' ? a + e * lx : a + b * lx * lx;
      points.push({ x: Math.exp(lx), y: Math.exp(mean + (noise[i] as number)), seed });
    });
  }
  return points;
}
