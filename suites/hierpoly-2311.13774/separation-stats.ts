import type { CellOutcome, Measurement, PlotSeries } from '@repro/claims';
import type { LayerwiseOutput } from './layerwise-cell.ts';
import { pointAt } from './layerwise-cell.ts';
import { seedExtreme } from './seed-extreme.ts';
import { MULTIPLIERS, NMSE_MULTIPLIER } from './sizes.ts';

export type Method = 'three-layer' | 'kernel';

/**
 * A cell's NMSE curve for a method: the three-layer predictor, or the kernel baseline = the better of
 * random-features ridge (every n) and kernel ridge (largest n only, capped points).
 */
export function nmseCurve(cell: CellOutcome<LayerwiseOutput>, method: Method): number[] {
  return MULTIPLIERS.map((m, i) => {
    const p = pointAt(cell, m);
    if (method === 'three-layer') return p.nmse;
    const rf = p.rfNmse ?? Number.NaN;
    const krr = i === MULTIPLIERS.length - 1 && cell.output.kernel ? cell.output.kernel.nmse : Number.POSITIVE_INFINITY;
    return Math.min(rf, krr);
  });
}

/** Cells grouped by d (ascending), each group ordered by replicate. */
export function byDimension(cells: CellOutcome<LayerwiseOutput>[]) {
  const dims = [...new Set(cells.map((c) => Number(c.params.d)))].sort((a, b) => a - b);
  return dims.map((d) => ({
    d,
    cells: cells.filter((c) => Number(c.params.d) === d).sort((a, b) => a.replicate - b.replicate),
  }));
}

/** Whether the seed-mean curve decreases at each of its last three grid points. */
export function decreasingTail(mean: number[]): boolean {
  const tail = mean.slice(-3);
  return tail.every((v, i) => i === 0 || v < (tail[i - 1] as number));
}

/**
 * The seed-mean NMSE at n = 32·d^k, extreme over d (`max` for "≤" claims, `min` for "≥" claims), with its seed
 * interval; the value is null when `requireDecrease` and some d's seed-mean curve does not decrease over its
 * last three grid points.
 */
export function separationMeasurement(
  cells: CellOutcome<LayerwiseOutput>[],
  method: Method,
  kind: 'max' | 'min',
  requireDecrease: boolean,
  random: () => number,
  plotTitle: { k: number },
): Measurement {
  const groups = byDimension(cells);
  const last = MULTIPLIERS.indexOf(NMSE_MULTIPLIER);
  const curves = groups.map((g) => g.cells.map((c) => nmseCurve(c, method)));
  const means = curves.map((cs) => MULTIPLIERS.map((_, i) => cs.reduce((s, c) => s + (c[i] as number), 0) / cs.length));
  const stat = seedExtreme(
    curves.map((cs) => cs.map((c) => c[last] as number)),
    kind,
    random,
  );
  const notDecreasing = groups.filter((_, i) => !decreasingTail(means[i] as number[])).map((g) => g.d);
  const other: Method = method === 'three-layer' ? 'kernel' : 'three-layer';
  const series: PlotSeries[] = groups.flatMap((g, i) => [
    {
      name: `${method}, d = ${g.d}`,
      points: MULTIPLIERS.map((m, j) => ({ x: m, y: (means[i] as number[])[j] as number })),
    },
    {
      name: `${other}, d = ${g.d}`,
      points: MULTIPLIERS.map((m, j) => ({
        x: m,
        y: g.cells.reduce((s, c) => s + (nmseCurve(c, other)[j] as number), 0) / g.cells.length,
      })).filter((p) => Number.isFinite(p.y)),
    },
  ]);
  const perD = groups.map((g, i) => `d = ${g.d}: ${method} ${(stat.means[i] as number).toFixed(3)}`).join(', ');
  const kernelNote = groups
    .map((g) => {
      const k = g.cells.map((c) => c.output.kernel).filter((x) => x !== null);
      return k.length
        ? `d = ${g.d}: kernel ridge on ${k[0]?.n} points ${(k.reduce((s, x) => s + (x?.nmse ?? 0), 0) / k.length).toFixed(3)}`
        : '';
    })
    .filter(Boolean)
    .join(', ');
  const decreaseNote = notDecreasing.length
    ? `; the seed-mean curve does not decrease over the last three grid points at d = ${notDecreasing.join(', ')}`
    : '';
  const blocked = requireDecrease && notDecreasing.length > 0;
  return {
    value: blocked ? null : stat.value,
    interval: blocked ? null : stat.interval,
    note: `NMSE at n = 32·d^${plotTitle.k}: ${perD}${kernelNote ? `; ${kernelNote}` : ''}${decreaseNote}`,
    detail: {
      dims: groups.map((g) => g.d),
      means: means,
      perSeed: curves.map((cs) => cs.map((c) => c[last] as number)),
      value: stat.value,
    },
    plot: {
      kind: 'curve',
      xLabel: `n / d^${plotTitle.k}`,
      yLabel: 'test NMSE (seed mean)',
      logX: true,
      logY: true,
      series,
      lines: [
        { name: 'three-layer target 0.15', kind: 'hline', at: 0.15, role: 'threshold' },
        { name: 'kernel floor 0.4', kind: 'hline', at: 0.4, role: 'threshold' },
      ],
    },
  };
}
