import { type CellSpec, defineClaim, type Measurement, mean, resample, seedInterval, type Tier } from '@repro/claims';
import { jointGradientDescent, sampleMatrixTensor } from '@repro/task-spectral';
import { createRng, deriveSeed } from '@repro/tensor';
import { matrixTensorConfig, matrixTensorSource } from './matrix-tensor-paper.ts';

/**
 * Joint-GD config. Sizes (N₁, N₂, N₃, N₄) with α₂ = 1, α₃ = α₄ = ½ (smaller than the curriculum's: every GD step
 * contracts the tensor three times). Δ_m = 0.5 < √α₂ (the matrix alone suffices) and Δ_t = 0.1 per entry (about
 * 0.4·Δ_t*, where the sequential curriculum recovers x); the control uses Δ_t = 10⁴, a negligible tensor term
 * (at Δ_t = 100 the barely-fitted x, y act as a random force on u, which is not a null: see the suite README).
 * Plain GD, 2000 steps, η = 0.2/(1/Δ_m + 1/Δ_t), N(0, 1) initialization shared by the two objectives.
 */
export const JOINT_SIZES: Record<Tier, [number, number, number, number]> = {
  smoke: [40, 40, 20, 20],
  quick: [100, 100, 50, 50],
  full: [200, 200, 100, 100],
};
export const JOINT = { deltaM: 0.5, deltaT: 0.1, controlDeltaT: 1e4, steps: 2000 } as const;
const SEEDS: Record<Tier, number> = { smoke: 1, quick: 6, full: 12 };

export interface JointOutput {
  [key: string]: number;
  /** |cos(û, u)| after joint GD on both terms. */
  joint: number;
  /** |cos(û, u)| after GD on the matrix term alone, same initialization, step size and number of steps. */
  matrix: number;
  jointX: number;
}

function cells(tier: Tier): CellSpec[] {
  const [n1, n2, n3, n4] = JOINT_SIZES[tier];
  return (['claim', 'control'] as const).flatMap((arm) =>
    Array.from({ length: SEEDS[tier] }, (_, replicate) => ({
      arm,
      params: { n1, n2, n3, n4, deltaM: JOINT.deltaM, deltaT: arm === 'claim' ? JOINT.deltaT : JOINT.controlDeltaT },
      replicate,
    })),
  );
}

export const matrixTensorJoint = defineClaim<JointOutput>({
  id: 'spectral.matrix-tensor-joint',
  source: matrixTensorSource('abstract (ERM: joint optimization degrades matrix recovery); CLAIMS.md C4d.2'),
  statement:
    'Joint gradient descent on both least-squares terms from random initialization recovers u markedly worse than gradient descent on the matrix term alone, at Δ_m = 0.5 < √α₂ (the matrix alone suffices) and small Δ_t = 0.1.',
  quantity:
    'seed mean of the paired difference |cos(û_matrix, u)| − |cos(û_joint, u)| (same sample, initialization, step size and steps); 90% seed-bootstrap interval',
  expected: { value: 0.1, tolerance: 0, band: [0.1, null] },
  rule: 'pass when the whole interval is ≥ 0.1 (joint GD is worse by at least 0.1 in |cos|; stricter than "lower")',
  lowestTier: 'quick',
  control: {
    description:
      'Δ_t = 10⁴: the tensor term is negligible, so joint GD behaves like the matrix-only GD and the difference must not reach 0.1',
  },
  usesBackend: false,
  cells,
  run: async (cell, ctx) => {
    const p = cell.params;
    const config = matrixTensorConfig(p);
    const sample = sampleMatrixTensor(config, ctx.rng);
    const lr = 0.2 / (1 / config.deltaM + 1 / config.deltaT);
    const initSeed = deriveSeed(ctx.seed, 'init');
    const joint = jointGradientDescent(sample, { steps: JOINT.steps, lr, objective: 'joint' }, createRng(initSeed));
    const matrix = jointGradientDescent(sample, { steps: JOINT.steps, lr, objective: 'matrix' }, createRng(initSeed));
    return { joint: joint.u, matrix: matrix.u, jointX: joint.x };
  },
  measure: (outcomes, ctx): Measurement => {
    const diffs = outcomes.map((o) => o.output.matrix - o.output.joint);
    const value = mean(diffs);
    const reps = Array.from({ length: 1000 }, () => mean(resample(diffs, ctx.random)));
    const { interval } = seedInterval(value, reps, { seeds: diffs.length, level: 0.9 });
    return {
      value,
      interval,
      note: `per seed |cos û| matrix-only / joint: ${outcomes.map((o) => `${o.output.matrix.toFixed(3)}/${o.output.joint.toFixed(3)}`).join(' ')}; joint |cos x̂| mean ${mean(outcomes.map((o) => o.output.jointX)).toFixed(3)}`,
      detail: outcomes.map((o) => ({ replicate: o.replicate, ...o.output })),
      plot: {
        kind: 'curve',
        xLabel: 'seed',
        yLabel: '|cos(û, u)|',
        series: [
          { name: 'matrix-only GD', points: outcomes.map((o) => ({ x: o.replicate, y: o.output.matrix })) },
          { name: 'joint GD', points: outcomes.map((o) => ({ x: o.replicate, y: o.output.joint })) },
        ],
      },
    };
  },
});
