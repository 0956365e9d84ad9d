import type { PlotSpec } from '@repro/claims';
import { projectedLoss } from '@repro/task-leap';
import type { SaddleRun } from './saddle-cell.ts';

/** Loss curves of one run with the coefficient trajectories ĉ_S/c_S of its monomials, on log samples. */
export function saddlePlot(run: SaddleRun, title: string): PlotSpec {
  const at = (ys: number[]) =>
    run.samples.map((x, i) => ({ x, y: ys[i] as number })).filter((p) => p.x > 0 && Number.isFinite(p.y));
  return {
    kind: 'curve',
    xLabel: `samples (${title})`,
    yLabel: 'test NMSE, projected loss, ĉ_S / c_S',
    logX: true,
    series: [
      { name: 'test NMSE', points: at(run.nmse) },
      { name: 'projected loss Σ(c_S − ĉ_S)²', points: at(projectedLoss(run.learned, run.coefficients)) },
      ...run.learned.map((series, k) => ({
        name: `ĉ/c ${run.names[k]}`,
        points: at(series.map((v) => v / (run.coefficients[k] as number))),
      })),
    ],
    lines: [
      { name: 'escape NMSE 0.5', kind: 'hline', at: 0.5, role: 'threshold' },
      { name: 'learned NMSE 0.1', kind: 'hline', at: 0.1, role: 'threshold' },
    ],
  };
}
