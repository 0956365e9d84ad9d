import { type CellContext, type CellSpec, defineClaim, type Json, seedInterval, type Tier } from '@repro/claims';
import { jointData, jointTraining, randomFeaturesRidge } from '@repro/task-hierpoly';
import { LAMBDAS } from './layerwise-cell.ts';
import { source } from './paper.ts';
import { firstLayerWidth, SEEDS } from './sizes.ts';

const JOINT: Record<Tier, { d: number; epochs: number; test: number }> = {
  smoke: { d: 8, epochs: 4, test: 1000 },
  quick: { d: 16, epochs: 40, test: 4000 },
  full: { d: 24, epochs: 40, test: 8000 },
};
/** n = 16·d² (CLAIMS.md C5.3 scaled config). */
const MULTIPLIER = 16;
const NMSE_BOUND = 0.3;
const KERNEL_FRACTION = 0.5;

type JointOutput = {
  nmse: number;
  kernelNmse: number;
  kernelLambda: number;
  trainNmse: number;
  curve: { epoch: number; nmse: number }[];
} & Json;

function cells(tier: Tier): CellSpec[] {
  const { d, epochs, test } = JOINT[tier];
  const base = { d, k: 2, link: 'cube', n: MULTIPLIER * d * d, widths: '512,64', epochs, batch: 128, lr: 0.001, test };
  return (['claim', 'control'] as const).flatMap((arm) =>
    Array.from({ length: SEEDS[tier] }, (_, replicate) => ({
      arm,
      params: { ...base, train: arm === 'claim' ? 'all' : 'readout' },
      replicate,
    })),
  );
}

async function run(cell: CellSpec, ctx: CellContext): Promise<JointOutput> {
  const p = cell.params;
  const { tf } = await ctx.backend();
  const config = {
    d: Number(p.d),
    k: Number(p.k),
    link: 'cube' as const,
    n: Number(p.n),
    widths: String(p.widths).split(',').map(Number) as [number, number],
    epochs: Number(p.epochs),
    batch: Number(p.batch),
    lr: Number(p.lr),
    train: p.train === 'all' ? ('all' as const) : ('readout' as const),
    testSize: Number(p.test),
    evalEvery: Math.max(1, Math.floor(Number(p.epochs) / 10)),
  };
  const net = await jointTraining(tf, config, ctx.seed);
  const data = jointData(config, ctx.seed);
  const kernel = await randomFeaturesRidge(
    tf,
    data.train,
    data.validation,
    data.test,
    config.d,
    firstLayerWidth(2, config.d),
    LAMBDAS,
    ctx.seed,
  );
  return {
    nmse: net.nmse,
    trainNmse: net.trainNmse,
    curve: net.curve,
    kernelNmse: kernel.nmse,
    kernelLambda: kernel.lambda,
  };
}

/** max(NMSE/0.3, NMSE/(0.5·kernel NMSE)): at most 1 exactly when both conditions of C5.3 hold. */
const score = (o: JointOutput) => Math.max(o.nmse / NMSE_BOUND, o.nmse / (KERNEL_FRACTION * o.kernelNmse));

export const jointTrainingClaim = defineClaim<JointOutput>({
  id: 'hierpoly.joint-training',
  source: source(
    '§5 experiments and open question 3 (all layers trained jointly by gradient descent also learn); CLAIMS.md C5.3',
  ),
  statement:
    'A 512–64–1 ReLU network trained end to end with Adam on n = 16·d² samples of h = p³/√15 (d = 16) reaches test NMSE ≤ 0.3 and ≤ 0.5 × the kernel baseline’s NMSE on the same samples.',
  quantity: 'seed mean of max(NMSE/0.3, NMSE/(0.5·kernel NMSE)) (≤ 1 iff both conditions hold), 90% seed interval',
  expected: { value: 0.7, tolerance: 0.3, band: [null, 1] },
  rule: 'pass when the whole seed interval of the score lies at or below 1',
  lowestTier: 'quick',
  control: {
    description:
      'the same network with its hidden layers frozen at initialization (only the readout trained by the same Adam): random features, which should not learn h at this n',
  },
  usesBackend: true,
  cells,
  run,
  measure: (outcomes, ctx) => {
    const scores = outcomes.map((c) => score(c.output));
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const value = mean(scores);
    const replicates = new Float64Array(2000);
    for (let b = 0; b < replicates.length; b += 1) {
      replicates[b] = mean(scores.map(() => scores[Math.floor(ctx.random() * scores.length)] as number));
    }
    const nm = mean(outcomes.map((c) => c.output.nmse));
    const km = mean(outcomes.map((c) => c.output.kernelNmse));
    const tm = mean(outcomes.map((c) => c.output.trainNmse));
    const first = outcomes[0]?.params;
    return {
      value,
      interval: seedInterval(value, replicates, { seeds: scores.length, level: 0.9 }).interval,
      note: `d = ${first?.d}, n = ${first?.n}, ${first?.train === 'all' ? 'all layers' : 'readout only'}: test NMSE ${nm.toFixed(3)} (train ${tm.toFixed(3)}), random-features ridge ${km.toFixed(3)}; best test NMSE along training ${mean(outcomes.map((c) => Math.min(...c.output.curve.map((q) => q.nmse)))).toFixed(3)}`,
      detail: { nmse: outcomes.map((c) => c.output.nmse), kernel: outcomes.map((c) => c.output.kernelNmse) },
      plot: {
        kind: 'curve',
        xLabel: 'epoch',
        yLabel: 'test NMSE',
        logY: true,
        series: outcomes.map((c) => ({
          name: `seed ${c.replicate}`,
          points: c.output.curve.map((q) => ({ x: q.epoch, y: q.nmse })),
        })),
        lines: [{ name: 'target 0.3', kind: 'hline', at: NMSE_BOUND, role: 'threshold' }],
      },
    };
  },
});
