import { type Rng, sampleNormal } from '@repro/tensor';

/** P from 10 to 10^4, six points per decade: the protocol's minimum density near a transition. */
export const P_GRID = Array.from({ length: 19 }, (_, i) => 10 ** (1 + i / 6));
export const THRESHOLD = 0.25;
const START_ERROR = 0.5;
const STEEPNESS = 3;
const NOISE = 0.02;
export const SEEDS = 3;

/**
 * Noisy test-error curves that fall from 0.5 to 0 as a logistic in log P, crossing 0.25 exactly at pStar
 * (`flat`: stay at 0.5 and never cross). Noise sd 0.02 per point, values clipped to [0, 1].
 */
export function sigmoidCurves(pStar: number | 'flat', rng: Rng): number[][] {
  return Array.from({ length: SEEDS }, () => {
    const noise = sampleNormal(rng, P_GRID.length, 0, NOISE);
    return P_GRID.map((p, i) => {
      const clean = pStar === 'flat' ? START_ERROR : START_ERROR / (1 + (p / pStar) ** STEEPNESS);
      return Math.min(1, Math.max(0, clean + (noise[i] as number)));
    });
  });
}
