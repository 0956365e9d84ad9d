import { drawable } from './drawable.ts';
import type { Domain } from './pad-domain.ts';
import { spaced } from './spaced.ts';

export const POWER_SAMPLES = 48;

/** y = a·x^b sampled across the x domain, keeping the samples the y axis can show. */
export function powerSamples(
  a: number,
  b: number,
  x: Domain,
  logX: boolean,
  logY: boolean,
): { x: number; y: number }[] {
  return spaced(x, logX, POWER_SAMPLES)
    .map((at) => ({ x: at, y: a * at ** b }))
    .filter((p) => drawable(p.y, logY));
}
