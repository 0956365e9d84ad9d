import { defineClaim, logLogSlope, replicateCells, type Tier, wilsonInterval } from '@repro/claims';
import { type LawKind, POWER_LAW_DESIGN, powerLawPoints } from './power-law-data.ts';

const EXPONENTS = [0.5, 1, 2, 3];
const TRIALS: Record<Tier, number> = { smoke: 10, quick: 200, full: 1000 };
/** The slope interval's level (the coverage target) and the level at which curvature is declared. */
const SLOPE_LEVEL = 0.9;
const CURVATURE_LEVEL = 0.99;

type Trial = { slope: number; lo: number; hi: number; covered: boolean; curved: boolean; success: boolean };

export const slopeCoverage = defineClaim<Trial>({
  id: 'calibration.slope-coverage',
  source: {
    paper: 'Engine calibration (no paper: a planted truth)',
    where: 'the shared statistical protocol: log-log slope with a bootstrap over seeds',
  },
  statement:
    'The log-log slope fitter with a bootstrap over seeds asserts a power law whose 90% interval covers the true exponent in at least 85% of trials.',
  quantity: 'share of trials whose slope interval covers e while no curvature is detected (Wilson 90% interval)',
  expected: { value: 0.9, tolerance: 0.05, band: [0.85, null] },
  rule: 'pass when the Wilson 90% interval of the share lies inside [0.85, 1]; e ∈ {0.5, 1, 2, 3}; 8 log-spaced x over two decades, 5 seeds, noise sd 0.1 in log y',
  lowestTier: 'quick',
  control: {
    description:
      'curved laws log y = a + b·(log x)² whose secant slope equals e: the fitter must flag the curvature, so the share must fall below 0.85',
  },
  usesBackend: false,
  cells: (tier) =>
    replicateCells(
      TRIALS[tier],
      EXPONENTS.map((e) => ({ e })),
    ),
  run: async (cell, ctx) => {
    const e = cell.params.e as number;
    const kind: LawKind = cell.arm === 'claim' ? 'power' : 'curved';
    const points = powerLawPoints(kind, e, POWER_LAW_DESIGN, ctx.rng);
    const random = () => ctx.rng.uniform();
    const fit = logLogSlope(points, { random, resamples: 1000, level: SLOPE_LEVEL, curvatureLevel: CURVATURE_LEVEL });
    const curvature = fit.curvature;
    const [lo, hi] = fit.interval;
    const covered = lo <= e && e <= hi;
    const curved = curvature.interval[0] > 0 || curvature.interval[1] < 0;
    return { slope: fit.value, lo, hi, covered, curved, success: covered && !curved };
  },
  measure: (cells) => {
    const successes = cells.filter((c) => c.output.success).length;
    const share = wilsonInterval(successes, cells.length, 0.9);
    const byExponent = EXPONENTS.map((e) => {
      const mine = cells.filter((c) => c.params.e === e);
      return {
        e,
        trials: mine.length,
        covered: mine.filter((c) => c.output.covered).length / mine.length,
        curved: mine.filter((c) => c.output.curved).length / mine.length,
        success: mine.filter((c) => c.output.success).length / mine.length,
      };
    });
    return {
      value: share.value,
      interval: share.interval,
      note: `${successes}/${cells.length} trials`,
      detail: { byExponent },
      plot: {
        kind: 'curve',
        xLabel: 'true exponent e',
        yLabel: 'share of trials',
        series: [
          { name: 'interval covers e', points: byExponent.map((b) => ({ x: b.e, y: b.covered })) },
          { name: 'curvature flagged', points: byExponent.map((b) => ({ x: b.e, y: b.curved })) },
          { name: 'power law asserted, covering e', points: byExponent.map((b) => ({ x: b.e, y: b.success })) },
        ],
        lines: [{ name: 'required share', kind: 'hline', at: 0.85, role: 'threshold' }],
      },
    };
  },
});
