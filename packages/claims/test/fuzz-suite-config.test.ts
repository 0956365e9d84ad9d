import { createRng, type Rng, uniformInt } from '@repro/tensor';
import { describe, expect, it } from 'vitest';
import type { LoadedSuite } from '../src/run/loaded-suite.ts';
import { planClaimCells } from '../src/run/plan-cells.ts';
import type { ClaimSpec, SuiteSpec } from '../src/spec/claim-spec.ts';
import { defineSuite } from '../src/spec/define-suite.ts';
import { replicateCells } from '../src/spec/replicate-cells.ts';
import { TIERS } from '../src/spec/tier.ts';

// A seeded fuzzer over suite configs (the project's RNG, no property-testing dependency).
const pick = <T>(rng: Rng, items: readonly T[]): T => items[uniformInt(rng, items.length)] as T;
/** The first (valid) item most of the time, so that some whole configs are valid; otherwise any item. */
const mostly = <T>(rng: Rng, items: readonly T[]): T => (uniformInt(rng, 8) > 0 ? (items[0] as T) : pick(rng, items));
const NAMES = ['calibration', 'a', 'x-y', 'Bad Name', '', 'ü', 'a.b', '../x', 'a'.repeat(200)];
const NUMBERS = [0, 1, -1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, -0, 1e308, 2 ** 53];
const TIER_VALUES = [...TIERS, 'huge', '', 'QUICK'];

function randomClaim(rng: Rng, short: string): ClaimSpec {
  const slug = mostly(rng, ['slope', 'x', 'Bad', '', 'a-b', 'a--b']);
  const replicates = mostly(rng, [1, 3, 0]);
  const cells = mostly(rng, [
    () => replicateCells(replicates, [{ d: 8 }]),
    () => replicateCells(replicates).filter((c) => c.arm === 'claim'),
    () => [],
    () => replicateCells(1, [{ d: Number.NaN, s: 'ü', b: true }]),
  ]);
  return {
    id: uniformInt(rng, 16) === 0 ? slug : `${short}.${slug}`,
    source: { paper: mostly(rng, ['p', '']), where: mostly(rng, ['fig 1', '']) },
    statement: mostly(rng, ['s', '']),
    quantity: 'q',
    expected: {
      value: mostly(rng, NUMBERS),
      tolerance: mostly(rng, [0.1, ...NUMBERS]),
      ...(uniformInt(rng, 3) === 0 ? { band: [pick(rng, [null, 0, Number.NaN]), pick(rng, [null, 1])] } : {}),
    },
    rule: 'band',
    lowestTier: mostly(rng, TIER_VALUES) as ClaimSpec['lowestTier'],
    control: { description: mostly(rng, ['c', '']) },
    usesBackend: uniformInt(rng, 2) === 0,
    cells,
    run: async () => 1,
    measure: () => ({ value: 1, interval: [1, 1] }),
  } as ClaimSpec;
}

describe('defineSuite with fuzzed suite configs (seeded, 500 cases)', () => {
  it('returns a suite whose cells plan in every tier, or throws one line naming the suite', () => {
    const rng = createRng(11);
    let accepted = 0;
    for (let i = 0; i < 500; i += 1) {
      const name = mostly(rng, NAMES);
      const short = mostly(rng, ['c', 'calibration', 'X', '']);
      const spec = {
        name,
        short,
        title: mostly(rng, ['t', '']),
        claims: Array.from({ length: uniformInt(rng, 3) + (uniformInt(rng, 8) > 0 ? 1 : 0) }, () =>
          randomClaim(rng, short),
        ),
      } as SuiteSpec;
      let suite: SuiteSpec | undefined;
      try {
        suite = defineSuite(spec);
      } catch (error) {
        expect(error, `case ${i}`).toBeInstanceOf(Error);
        expect((error as Error).message, `case ${i}`).toMatch(/^suite .*\S/);
        expect((error as Error).message.includes('\n'), `case ${i}: ${(error as Error).message}`).toBe(false);
        continue;
      }
      accepted += 1;
      const loaded: LoadedSuite = { spec: suite, path: '/nowhere/suite.ts', code: 'fuzz' };
      for (const claim of suite.claims) {
        for (const tier of TIERS) {
          const keys = planClaimCells(loaded, claim, tier, 'cpu', 0).map((c) => c.key);
          expect(keys.every((k) => /^[0-9a-f]{32}$/.test(k))).toBe(true);
          expect(new Set(keys).size, `case ${i}: keys are unique`).toBe(keys.length);
        }
      }
    }
    expect(accepted).toBeGreaterThan(5);
    console.info(`fuzzed suite configs: ${accepted} of 500 accepted, the rest refused in one line`);
  });
});
