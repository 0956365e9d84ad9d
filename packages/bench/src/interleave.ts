import type { SampleOptions, TimingSide } from './timing-side.ts';

/**
 * Times `workload` on every side in `rounds` rounds, one batch per side per round, the side order
 * rotated each round (so drift in the machine's load falls on every side alike). Returns the samples
 * per side (same order as `sides`) per round; a side that fails is left out from then on, with its error.
 */
export async function interleave(
  sides: readonly TimingSide[],
  workload: string,
  rounds: number,
  options: SampleOptions,
): Promise<{ rounds: number[][][]; errors: (string | undefined)[] }> {
  const samples: number[][][] = sides.map(() => []);
  const errors: (string | undefined)[] = sides.map(() => undefined);
  for (let r = 0; r < rounds; r += 1) {
    for (let j = 0; j < sides.length; j += 1) {
      const i = (j + r) % sides.length;
      if (errors[i] !== undefined) continue;
      try {
        (samples[i] as number[][]).push(await (sides[i] as TimingSide).sample(workload, options));
      } catch (error) {
        errors[i] = error instanceof Error ? error.message : String(error);
      }
    }
  }
  return { rounds: samples, errors };
}
