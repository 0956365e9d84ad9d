import { defineClaim, locateCrossing, logLogSlope, type Measurement, type Tier } from '@repro/claims';
import { CORR_THRESHOLD } from './feature-corr.ts';
import { curveCells, type LayerwiseOutput, runLayerwise } from './layerwise-cell.ts';
import { source } from './paper.ts';
import { byDimension } from './separation-stats.ts';
import { EXPONENT_DIMS, layerwiseParams, SEEDS } from './sizes.ts';

function cells(tier: Tier) {
  return [
    ...curveCells('claim', (d) => layerwiseParams(tier, 2, d, 'cube'), EXPONENT_DIMS[tier], SEEDS[tier]),
    ...curveCells('control', (d) => layerwiseParams(tier, 2, d, 'he2'), EXPONENT_DIMS[tier], SEEDS[tier]),
  ];
}

export const featureExponent = defineClaim<LayerwiseOutput>({
  id: 'hierpoly.feature-exponent',
  source: source(
    'abstract and §3: feature learning with Õ(d^k) samples, against Θ̃(d^{kq}) for kernels; CLAIMS.md C5.1 (ii)',
  ),
  statement:
    'The samples stage 1 needs to reach corr(η̂, p) = 0.9 grow as d^k with k = 2 (far below kq = 6) over d ∈ {16, …, 48}.',
  quantity: 'OLS slope of log n(corr = 0.9) on log d, every seed’s crossing pooled, 90% seed-bootstrap interval',
  expected: { value: 2, tolerance: 0.7 },
  rule: 'pass when the whole seed interval of the exponent lies in [1.3, 2.7]; no value (fail) when a seed’s curve does not reach 0.9 inside the grid at some d',
  lowestTier: 'full',
  control: {
    description: 'g = He₂ (E[g′] = 0): corr(η̂, p) never reaches 0.9, so there is no crossing and no exponent',
  },
  usesBackend: true,
  cellGroup: 'hierpoly.three-layer-learns',
  cells,
  run: runLayerwise,
  measure: (outcomes, ctx): Measurement => {
    const groups = byDimension(outcomes);
    const points: { x: number; y: number; seed: number }[] = [];
    const missing: string[] = [];
    for (const g of groups) {
      for (const c of g.cells) {
        const xs = c.output.points.map((p) => p.n);
        const crossing = locateCrossing(
          xs,
          c.output.points.map((p) => p.corr),
          CORR_THRESHOLD,
          { direction: 'up' },
        );
        if (crossing.status === 'crossed') points.push({ x: g.d, y: crossing.x, seed: c.replicate });
        else missing.push(`d = ${g.d} seed ${c.replicate} (${crossing.status})`);
      }
    }
    const perD = groups
      .map((g) => {
        const ys = points.filter((p) => p.x === g.d).map((p) => p.y);
        return `d = ${g.d}: ${ys.length ? Math.round(Math.exp(ys.reduce((s, y) => s + Math.log(y), 0) / ys.length)) : '—'}`;
      })
      .join(', ');
    if (missing.length > 0 || groups.length < 2) {
      return {
        value: null,
        interval: null,
        note: `no exponent: ${missing.length ? `no crossing of corr 0.9 for ${missing.slice(0, 4).join('; ')}${missing.length > 4 ? ` and ${missing.length - 4} more` : ''}` : 'fewer than two d'}; geometric-mean n(0.9): ${perD}`,
        detail: { missing },
      };
    }
    const fit = logLogSlope(points, { random: ctx.random, level: 0.9 });
    return {
      value: fit.value,
      interval: fit.interval,
      note: `geometric-mean n(corr = 0.9): ${perD}; kq = 6; curvature ${fit.curvature.value.toFixed(2)} [${fit.curvature.interval.map((v) => v.toFixed(2)).join(', ')}]`,
      detail: { points },
      plot: {
        kind: 'scaling',
        xLabel: 'd',
        yLabel: 'n at corr(η̂, p) = 0.9',
        logX: true,
        logY: true,
        series: [{ name: 'crossing per seed', points }],
        lines: [
          {
            name: `fit d^${fit.value.toFixed(2)}`,
            kind: 'power',
            a: Math.exp(fit.intercept),
            b: fit.value,
            role: 'fit',
          },
          { name: 'd^k (k = 2)', kind: 'power', a: Math.exp(fit.intercept), b: 2, role: 'prediction' },
        ],
        band: {
          name: '90% interval',
          a: Math.exp(fit.intercept),
          b: fit.value,
          interval: fit.interval,
          pivot: groups[0]?.d ?? 1,
        },
      },
    };
  },
});
