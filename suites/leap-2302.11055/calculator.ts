import { defineClaim, type Tier } from '@repro/claims';
import { createRng, deriveSeed } from '@repro/tensor';
import {
  type CalculatorChecks,
  exactLeap,
  LEAP_TABLE,
  leapIgnoringMultiplicity,
  runCalculatorChecks,
} from './calculator-checks.ts';
import { source } from './paper.ts';

/** Random targets checked per tier (each against the exhaustive minimum and the two properties). */
const RANDOM_TARGETS: Record<Tier, number> = { smoke: 60, quick: 600, full: 6000 };

export const calculator = defineClaim<CalculatorChecks>({
  id: 'leap.calculator',
  source: source('§1–2, definition of Leap(f) (Hermite degree with multiplicity); examples table of CLAIMS.md §3.1'),
  statement:
    'The calculator returns the leap of every example target, equals the minimum over all orderings on random Boolean and Gaussian targets, never exceeds the largest monomial degree, and never rises when a monomial inside the support is added.',
  quantity: 'fraction of checks passed (13 table entries + 3 properties on each random target)',
  expected: { value: 1, tolerance: 0, band: [1, 1] },
  rule: 'pass when every check passes (fraction exactly 1); the fraction is a count over fixed checks, so it has no interval',
  lowestTier: 'smoke',
  control: {
    description:
      'the same calculator fed set monomials (it ignores Hermite multiplicity, counting new coordinates instead of new degree): it must miss some table entries or the exhaustive minimum',
  },
  usesBackend: false,
  cells: () => [
    { arm: 'claim', params: { calculator: 'exact' }, replicate: 0 },
    { arm: 'control', params: { calculator: 'ignores-multiplicity' }, replicate: 0 },
  ],
  run: async (cell, ctx) =>
    runCalculatorChecks(
      cell.params.calculator === 'exact' ? exactLeap : leapIgnoringMultiplicity,
      createRng(deriveSeed(ctx.seed, 'random-targets')),
      RANDOM_TARGETS[ctx.tier],
    ),
  measure: (cells) => {
    const out = cells[0]?.output;
    if (!out) return { value: null, interval: null, note: 'no cell' };
    const tableOk = out.table.filter((e) => e.got === e.expected).length;
    const { exhaustive, degreeBound, monotone } = out.failures;
    const total = LEAP_TABLE.length + 3 * out.random;
    const passed = tableOk + 3 * out.random - exhaustive - degreeBound - monotone;
    const wrong = out.table
      .filter((e) => e.got !== e.expected)
      .map((e) => `${e.text} → ${e.got} (table ${e.expected})`);
    return {
      value: passed / total,
      interval: null,
      note: `table ${tableOk}/${LEAP_TABLE.length}; on ${out.random} random targets: ${exhaustive} differ from the exhaustive minimum, ${degreeBound} exceed the degree bound, ${monotone} rise when a monomial inside the support is added${wrong.length ? `; wrong: ${wrong.join('; ')}` : ''}`,
      detail: { table: out.table, failures: out.failures, random: out.random },
    };
  },
});
