/**
 * Training-step throughput of a dense ReLU MLP: `dense` (custom gradient, explicit transposes) vs the
 * same network on tf.matMul with tfjs's stock autodiff, both updated by this package's `sgd`.
 *
 *   node --import tsx packages/tensor/scripts/dense-throughput.ts [backend] [--batch 128] [--widths 256,512,512,10] [--steps 30]
 *   pnpm --filter @repro/tensor throughput [backend] [options]
 *
 * FLOPs per step are counted as 3× the forward matmuls (forward, input gradient, weight gradient).
 */
import { parseArgs } from 'node:util';
import type { Tensor, Tensor1D, Tensor2D, Variable } from '@tensorflow/tfjs-core';
import {
  type BackendName,
  createBackend,
  createRng,
  dense,
  isBackendName,
  sampleNormal,
  sgd,
  type TF,
} from '../src/index.ts';

const argv = process.argv.slice(2);
const { values, positionals } = parseArgs({
  args: argv[0] === '--' ? argv.slice(1) : argv,
  allowPositionals: true,
  options: {
    batch: { type: 'string', default: '128' },
    widths: { type: 'string', default: '256,512,512,10' },
    steps: { type: 'string', default: '30' },
  },
});
const name = positionals[0] ?? 'wasm';
if (!isBackendName(name)) throw new Error(`unknown backend ${name}`);
const batch = Number(values.batch);
const widths = values.widths.split(',').map(Number);
const steps = Number(values.steps);

type Layer = (tf: TF, x: Tensor, w: Tensor2D, b: Tensor1D) => Tensor;
const LAYERS: Record<string, Layer> = {
  'dense (custom gradient)': (tf, x, w, b) => dense(tf, x, w, b),
  'tf.matMul (stock autodiff)': (tf, x, w, b) => tf.add(tf.matMul(x as Tensor2D, w), b),
};

async function measure(
  backendName: BackendName,
  layer: Layer,
): Promise<{ msPerStep: number; gflops: number; loss: number }> {
  const { tf, dispose } = await createBackend(backendName);
  const rng = createRng(1);
  const x = tf.tensor2d(sampleNormal(rng, batch * (widths[0] as number)), [batch, widths[0] as number]);
  const y = tf.tensor2d(sampleNormal(rng, batch * (widths.at(-1) as number)), [batch, widths.at(-1) as number]);
  const vars: Variable[] = tf.tidy(() =>
    widths.slice(1).flatMap((out, i) => {
      const inDim = widths[i] as number;
      return [
        tf.variable(tf.tensor2d(sampleNormal(rng, inDim * out, 0, Math.sqrt(2 / inDim)), [inDim, out])),
        tf.variable(tf.zeros([out])),
      ];
    }),
  );
  const loss = () => {
    let h: Tensor = x;
    for (let l = 0; l < vars.length; l += 2) {
      h = layer(tf, h, vars[l] as Tensor2D, vars[l + 1] as Tensor1D);
      if (l + 2 < vars.length) h = tf.relu(h);
    }
    return tf.mean(tf.square(tf.sub(h, y))) as ReturnType<typeof tf.scalar>;
  };
  const opt = sgd({ lr: 1e-3 });
  const step = async () => {
    const l = tf.tidy(() => {
      const { value, grads } = tf.variableGrads(loss, vars);
      opt.step(
        tf,
        vars,
        vars.map((v) => grads[v.name] as Tensor),
      );
      return value;
    });
    const v = (await l.data())[0] as number;
    l.dispose();
    return v;
  };
  for (let s = 0; s < 5; s += 1) await step();
  const started = performance.now();
  let last = 0;
  for (let s = 0; s < steps; s += 1) last = await step();
  const msPerStep = (performance.now() - started) / steps;
  let forwardFlops = 0;
  for (let i = 1; i < widths.length; i += 1)
    forwardFlops += 2 * batch * (widths[i - 1] as number) * (widths[i] as number);
  opt.dispose();
  tf.dispose([x, y, ...vars]);
  await dispose();
  return { msPerStep, gflops: (3 * forwardFlops) / (msPerStep * 1e6), loss: last };
}

console.log(`backend ${name}, batch ${batch}, widths ${widths.join('→')}, ${steps} timed steps after 5 warm-up steps`);
const results: Record<string, { msPerStep: number; gflops: number }> = {};
for (const [label, layer] of Object.entries(LAYERS)) {
  const r = await measure(name, layer);
  results[label] = r;
  console.log(
    `${label.padEnd(28)} ${r.msPerStep.toFixed(1).padStart(8)} ms/step ${r.gflops.toFixed(2).padStart(7)} GFLOP/s  (loss ${r.loss.toFixed(4)})`,
  );
}
const [fast, stock] = Object.values(results) as [{ msPerStep: number }, { msPerStep: number }];
console.log(`speed-up of the custom gradient: ${(stock.msPerStep / fast.msPerStep).toFixed(1)}×`);
