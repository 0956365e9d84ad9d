import { bootstrapInterval, defineClaim, median, replicateCells, type Tier } from '@repro/claims';
import { adam, dense, minimize, sampleNormal } from '@repro/tensor';

const REPLICATES: Record<Tier, number> = { smoke: 3, quick: 6, full: 12 };
const D = 20;
const N_TRAIN = 256;
const N_TEST = 1000;
const WIDTH = 64;
const STEPS = 300;
const LR = 0.01;

type Run = { trainMse: number; testMse: number; steps: number };

export const plantedLinear = defineClaim<Run>({
  id: 'calibration.planted-linear',
  source: {
    paper: 'Engine calibration (no paper: a planted truth)',
    where: 'suites/calibration/README.md, planted-linear',
  },
  statement:
    'A two-layer ReLU network (width 64) trained with Adam on 256 samples of a planted linear teacher (d = 20, unit output variance) reaches test MSE below 0.1 on the chosen backend.',
  quantity: 'median test MSE over seeds (bootstrap 90% interval)',
  expected: { value: 0, tolerance: 0.1, band: [null, 0.1] },
  rule: 'pass when the interval of the median test MSE lies below 0.1',
  lowestTier: 'smoke',
  control: {
    description: 'labels drawn at random, independent of x (train and test): the test MSE must stay above 0.1',
  },
  usesBackend: true,
  cells: (tier) => replicateCells(REPLICATES[tier], [{ d: D, n: N_TRAIN, steps: STEPS }]),
  run: async (cell, ctx) => {
    const { tf } = await ctx.backend();
    const rng = ctx.rng;
    const teacher = sampleNormal(rng, D, 0, 1 / Math.sqrt(D));
    const labels = (x: Float32Array, n: number) => {
      if (cell.arm === 'control') return sampleNormal(rng, n, 0, 1);
      const y = new Float32Array(n);
      for (let i = 0; i < n; i += 1)
        for (let j = 0; j < D; j += 1) y[i] = (y[i] as number) + (x[i * D + j] as number) * (teacher[j] as number);
      return y;
    };
    const xTrain = sampleNormal(rng, N_TRAIN * D);
    const yTrain = labels(xTrain, N_TRAIN);
    const xTest = sampleNormal(rng, N_TEST * D);
    const yTest = labels(xTest, N_TEST);
    const w1 = tf.variable(tf.tensor2d(sampleNormal(rng, D * WIDTH, 0, Math.sqrt(2 / D)), [D, WIDTH]));
    const b1 = tf.variable(tf.zeros([WIDTH]));
    const w2 = tf.variable(tf.tensor2d(sampleNormal(rng, WIDTH, 0, 1 / Math.sqrt(WIDTH)), [WIDTH, 1]));
    const b2 = tf.variable(tf.zeros([1]));
    const vars = [w1, b1, w2, b2];
    const optimizer = adam({ lr: LR });
    const [xt, yt, xs, ys] = [
      tf.tensor2d(xTrain, [N_TRAIN, D]),
      tf.tensor2d(yTrain, [N_TRAIN, 1]),
      tf.tensor2d(xTest, [N_TEST, D]),
      tf.tensor2d(yTest, [N_TEST, 1]),
    ];
    const forward = (x: typeof xt) => dense(tf, tf.relu(dense(tf, x, w1, b1)), w2, b2);
    const mse = (x: typeof xt, y: typeof yt) => tf.mean(tf.square(tf.sub(forward(x), y)));
    const read = async (x: typeof xt, y: typeof yt) => {
      const loss = tf.tidy(() => mse(x, y));
      const [value] = await loss.data();
      loss.dispose();
      return value as number;
    };
    try {
      for (let step = 0; step < STEPS; step += 1) {
        minimize(tf, optimizer, vars, () => mse(xt, yt) as ReturnType<typeof tf.scalar>);
      }
      return { trainMse: await read(xt, yt), testMse: await read(xs, ys), steps: STEPS };
    } finally {
      optimizer.dispose();
      tf.dispose([xt, yt, xs, ys, ...vars]);
    }
  },
  measure: (cells, ctx) => {
    const mses = cells.map((c) => c.output.testMse);
    const boot = bootstrapInterval(mses, (r) => median(r), { random: ctx.random, resamples: 2000, level: 0.9 });
    return {
      value: median(mses),
      interval: boot.interval,
      detail: { testMse: mses, trainMse: cells.map((c) => c.output.trainMse) },
      plot: {
        kind: 'curve',
        xLabel: 'seed',
        yLabel: 'test MSE',
        series: [{ name: 'test MSE', points: cells.map((c) => ({ x: c.replicate, y: c.output.testMse })) }],
        lines: [{ name: 'threshold', kind: 'hline', at: 0.1, role: 'threshold' }],
      },
    };
  },
});
