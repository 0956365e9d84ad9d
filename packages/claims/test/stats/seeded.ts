/** mulberry32: a tiny seeded uniform source in [0, 1) for pinning randomized statistics in tests. */
export function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws from a uniform source, by Box–Muller. */
export function gaussian(random: () => number): () => number {
  return () => {
    let u = 0;
    while (u === 0) u = random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
}

/** 8 log-spaced x over `decades` decades from 10: the calibration design. */
export const logGrid = (decades: number, points = 8) =>
  Array.from({ length: points }, (_, i) => 10 ** (1 + (decades * i) / (points - 1)));

/**
 * Points of log y = a + e·log x + ε (kind 'power') or log y = a + b·(log x)² + ε with b such that the
 * secant slope over the grid is e (kind 'curved'); ε ~ N(0, sigma²) independently per point and seed.
 */
export function lawPoints(
  kind: 'power' | 'curved',
  e: number,
  xs: number[],
  seeds: number,
  sigma: number,
  random: () => number,
) {
  const normal = gaussian(random);
  const logs = xs.map(Math.log);
  const b = e / ((logs[0] as number) + (logs[logs.length - 1] as number));
  const points: { x: number; y: number; seed: number }[] = [];
  for (let seed = 0; seed < seeds; seed += 1) {
    for (const u of logs) {
      const mean = kind === 'power' ? 0.5 + e * u : 0.5 + b * u * u;
      points.push({ x: Math.exp(u), y: Math.exp(mean + sigma * normal()), seed });
    }
  }
  return points;
}
