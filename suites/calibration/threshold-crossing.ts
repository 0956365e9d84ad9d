import { bootstrapInterval, defineClaim, median, replicateCells, type Tier, thresholdCrossing } from '@repro/claims';
import { P_GRID, sigmoidCurves, THRESHOLD } from './sigmoid-curves.ts';

const TRIALS: Record<Tier, number> = { smoke: 12, quick: 100, full: 500 };

type Trial = { pStar: number; estimate: number | null; ratio: number | null };

/** Ratios with "never crossed" as +∞ (infinitely late), so a median over trials stays defined. */
const ratioOrInfinity = (t: Trial) => t.ratio ?? Number.POSITIVE_INFINITY;

export const thresholdCrossingClaim = defineClaim<Trial>({
  id: 'calibration.threshold-crossing',
  source: {
    paper: 'Engine calibration (no paper: a planted truth)',
    where: 'the shared statistical protocol: threshold crossing interpolated in log P',
  },
  statement:
    'Threshold crossing by interpolation in log P recovers a known P* within 10% from noisy sigmoidal error curves (3 seeds, 6 grid points per decade).',
  quantity: 'median over trials of P̂*/P* (bootstrap 90% interval over trials; a curve that never crosses counts as +∞)',
  expected: { value: 1, tolerance: 0.1 },
  rule: 'pass when the interval of the median ratio lies inside [0.9, 1.1]',
  lowestTier: 'smoke',
  control: { description: 'flat curves at 0.5 that never reach the 0.25 threshold must not produce a P*' },
  usesBackend: false,
  cells: (tier) => replicateCells(TRIALS[tier]),
  run: async (cell, ctx) => {
    // P* log-uniform over [100, 1000], well inside the grid.
    const pStar = 10 ** (2 + ctx.rng.uniform());
    const curves = sigmoidCurves(cell.arm === 'claim' ? pStar : 'flat', ctx.rng);
    const meanCurve = P_GRID.map((_, i) => curves.reduce((s, c) => s + (c[i] as number), 0) / curves.length);
    const estimate = thresholdCrossing(P_GRID, meanCurve, THRESHOLD, { direction: 'down' });
    return { pStar, estimate, ratio: estimate === null ? null : estimate / pStar };
  },
  measure: (cells, ctx) => {
    const trials = cells.map((c) => c.output);
    const crossed = trials.filter((t) => t.ratio !== null).length;
    const value = median(trials.map(ratioOrInfinity));
    const note = `${crossed}/${trials.length} trials crossed the threshold`;
    if (!Number.isFinite(value)) return { value: null, interval: null, note };
    const boot = bootstrapInterval(trials, (r) => median(r.map(ratioOrInfinity)), {
      random: ctx.random,
      resamples: 2000,
      level: 0.9,
    });
    const sorted = trials.map(ratioOrInfinity).sort((a, b) => a - b);
    return {
      value,
      interval: boot.interval,
      note,
      detail: {
        p10: sorted[Math.floor(0.1 * (sorted.length - 1))] ?? null,
        p90: sorted[Math.ceil(0.9 * (sorted.length - 1))] ?? null,
      },
      plot: {
        kind: 'scaling',
        xLabel: 'true P*',
        yLabel: 'estimated P̂*',
        logX: true,
        logY: true,
        series: [
          {
            name: 'trials',
            points: trials.filter((t) => t.estimate !== null).map((t) => ({ x: t.pStar, y: t.estimate as number })),
          },
        ],
        lines: [{ name: 'P̂* = P*', kind: 'power', a: 1, b: 1, role: 'prediction' }],
      },
    };
  },
});
