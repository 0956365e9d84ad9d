import { createRng, deriveSeed, type TF } from '@repro/tensor';
import { featureDimension } from './hermite-features.ts';
import { createTeacher, sampleGaussianEquivalent, sampleTeacher, type TeacherConfig } from './hierarchical-teacher.ts';
import { type BaselineConfig, type BaselineResult, inputBaselines } from './input-baselines.ts';
import { nmse } from './nmse.ts';
import { directionRecovery } from './recovery.ts';
import { fitSpectral, predictSpectral } from './spectral-estimator.ts';
import { trainingStream } from './training-stream.ts';

export interface TransitionConfig {
  teacher: TeacherConfig;
  model: 'true' | 'gauss';
  /** n = ⌊d^α⌋ for each α (ascending); every fit uses the first n samples of one training draw. */
  alphas: readonly number[];
  testSize: number;
  /** Labels permuted across the training samples (the control: no signal to find). */
  shuffle: boolean;
  oversample: number;
  iters: number;
  /** Input-space baselines on the same draws (real inputs only); omitted: none. */
  baselines?: BaselineConfig;
  /** Largest n·d(d+1)/2 of the training draw kept in memory (default 8·10⁷); above it, chunks are regenerated. */
  maxKeptEntries?: number;
}

export interface TransitionCurve {
  points: TransitionPoint[];
  baselines: BaselineResult | null;
}

export interface TransitionPoint {
  alpha: number;
  n: number;
  nmse: number;
  /** Per teacher direction i (decreasing strength), Σ_j (a_i·â_j)². */
  recovery: number[];
  /** The p Ritz values of largest |λ|. */
  values: number[];
}

/**
 * One seed's learning curve of the layer-wise spectral estimator: a teacher drawn from the seed, one training
 * draw of the largest n (real inputs or the Gaussian-equivalent model) as a seeded chunk stream (`trainingStream`:
 * kept in memory when small, regenerated chunk by chunk on every pass otherwise), a fit at each n = ⌊d^α⌋ on its
 * prefix, test NMSE on fresh samples of the same model (in memory) and per-direction recovery; optionally the
 * input-space baselines (kernel ridge, random features) trained on the first `cap` samples of the same draw.
 */
export async function transitionCurve(tf: TF, config: TransitionConfig, seed: number): Promise<TransitionCurve> {
  const rng = (label: string) => createRng(deriveSeed(seed, label));
  const teacher = createTeacher(config.teacher, rng('teacher'));
  const { d } = teacher;
  const dim = featureDimension(d);
  const sizes = config.alphas.map((a) => Math.floor(d ** a + 1e-9));
  const nMax = Math.max(...sizes);
  const train = trainingStream({
    teacher,
    model: config.model,
    n: nMax,
    seed: deriveSeed(seed, 'train'),
    ...(config.maxKeptEntries === undefined ? {} : { maxKeptEntries: config.maxKeptEntries }),
  });
  if (config.shuffle) {
    const order = rng('shuffle');
    for (let i = nMax - 1; i > 0; i -= 1) {
      const j = Math.floor(order.uniform() * (i + 1));
      const t = train.y[i] as number;
      train.y[i] = train.y[j] as number;
      train.y[j] = t;
    }
  }
  const draw = config.model === 'gauss' ? sampleGaussianEquivalent : sampleTeacher;
  const test = draw(teacher, config.testSize, rng('test'));
  const out: TransitionPoint[] = [];
  for (const [i, n] of sizes.entries()) {
    const fit = await fitSpectral(
      tf,
      train.prefix(n),
      { k: teacher.p, oversample: config.oversample, iters: config.iters },
      rng(`iteration-${n}`),
    );
    out.push({
      alpha: config.alphas[i] as number,
      n,
      nmse: nmse(predictSpectral(fit, test.z, test.n, dim), test.y),
      recovery: directionRecovery(teacher.a, fit.vectors),
      values: Array.from(fit.values),
    });
  }
  const baselines =
    config.baselines && config.model === 'true'
      ? inputBaselines(train.inputs(Math.min(config.baselines.cap, nMax)), test, config.baselines, rng('baselines'))
      : null;
  return { points: out, baselines };
}
