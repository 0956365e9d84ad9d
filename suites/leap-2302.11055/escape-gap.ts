import { defineClaim, groupBySeed, ols, resample, seedInterval, type Tier } from '@repro/claims';
import { type EscapeRun, escapeCells, escapeGating, runEscape } from './escape-cell.ts';
import { describeLearningRate, escapePoints } from './escape-points.ts';
import { source } from './paper.ts';
import { ESCAPE, type TargetName } from './sizes.ts';

type Point = { x: number; y: number; seed: number };

const slopeOf = (groups: Point[][]) => {
  const pts = groups.flat();
  return ols(
    pts.map((p) => Math.log(p.x)),
    pts.map((p) => Math.log(p.y)),
  ).slope;
};

/**
 * Cells: the leap-1 staircase on its sweep plus, on the leap-3 sweep, the 3-parity (claim arm) or the leap-1
 * 4-staircase (control arm). Both arms use the target's labels; each arm is fitted the same way. The claim
 * arm's cells are those of escape-leap1 and escape-leap3 (one cell group), so they run once.
 */
function gapCells(tier: Tier) {
  const claimOnly = (cells: ReturnType<typeof escapeCells>) => cells.filter((c) => c.arm === 'claim');
  const low = claimOnly(escapeCells(tier, 'leap1', 'leap1'));
  const high = (target: TargetName, replicates?: number) => claimOnly(escapeCells(tier, 'leap3', target, replicates));
  return [
    ...low,
    ...high('leap3'),
    ...low.map((c) => ({ ...c, arm: 'control' as const })),
    ...high('staircase4', ESCAPE[tier].gapControlReplicates).map((c) => ({ ...c, arm: 'control' as const })),
  ];
}

export const escapeGap = defineClaim<EscapeRun>({
  id: 'leap.escape-gap',
  source: source('main conjecture: the sample exponent grows with the leap (d^{Leap−1} for Leap ≥ 2)'),
  statement:
    'The escape-sample exponent of the 3-parity (leap 3) exceeds that of the leap-1 staircase x1 + x1x2 + x1x2x3 by at least 0.6.',
  quantity: 'slope(3-parity, d ∈ leap-3 sweep) − slope(leap-1 staircase, d ∈ leap-1 sweep), 90% seed interval',
  expected: { value: 1, tolerance: 0.4, band: [0.6, null] },
  rule: 'pass when the whole seed interval of the slope difference lies at or above 0.6 (CLAIMS.md C3.1)',
  lowestTier: 'quick',
  control: {
    description:
      'the 3-parity replaced by the leap-1 staircase x1 + x1x2 + x1x2x3 + x1x2x3x4 on the same d grid (more seeds: the grid spans only ×2.7 in d), same lr rule: both exponents are leap-1, so the difference must stay below 0.6',
  },
  usesBackend: false,
  cellGroup: 'escape',
  gated: escapeGating,
  cells: gapCells,
  run: runEscape,
  measure: (cells, ctx) => {
    const low = escapePoints(cells.filter((c) => c.params.target === 'leap1'));
    const high = escapePoints(cells.filter((c) => c.params.target !== 'leap1'));
    const incomplete = [low, high].some((p) => p.missing.length > 0 || p.lr === null);
    const detail = { lowLr: low.lr, highLr: high.lr, lowPilots: low.pilots, highPilots: high.pilots };
    const lrText = `3-staircase ${describeLearningRate(low)}; ${ctx.arm === 'claim' ? '3-parity' : '4-staircase'} ${describeLearningRate(high)}`;
    if (incomplete)
      return {
        value: null,
        interval: null,
        note: `no lr, or a measured run at the chosen lr did not escape: no slope; ${lrText}`,
        detail,
      };
    const lowGroups = groupBySeed(low.points);
    const highGroups = groupBySeed(high.points);
    const value = slopeOf(highGroups) - slopeOf(lowGroups);
    const replicates = new Float64Array(2000);
    for (let b = 0; b < replicates.length; b += 1) {
      replicates[b] = slopeOf(resample(highGroups, ctx.random)) - slopeOf(resample(lowGroups, ctx.random));
    }
    const { interval } = seedInterval(value, replicates, {
      seeds: Math.min(lowGroups.length, highGroups.length),
      level: 0.9,
    });
    return {
      value,
      interval,
      note: `slope ${slopeOf(highGroups).toFixed(2)} (${ctx.arm === 'claim' ? '3-parity' : '4-staircase'}, ${highGroups.length} seeds) − slope ${slopeOf(lowGroups).toFixed(2)} (3-staircase, ${lowGroups.length} seeds); ${lrText}`,
      detail,
    };
  },
});
