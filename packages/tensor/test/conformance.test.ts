/**
 * The conformance suite: the same checks on every backend (tfjs's ALL_ENVS habit). An unavailable
 * backend gets one skipped test whose title carries the reason. tfjs's engine is global per thread,
 * so each backend's block is sequential and selects its backend in `beforeAll`.
 *
 * Tolerances (relative: max|a − ref| / max|ref|):
 * - forward vs cpu and vs float64 JS: 1e-4 (float32 products of ≤ 64 terms);
 * - gradients vs float64 central finite differences of the JS reference: 1e-4;
 * - loss after 20 optimizer steps vs cpu: 1e-3 (float32 rounding compounds over the steps).
 */
import type { Tensor, Tensor1D, Tensor2D, Variable } from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADAM_UPDATE,
  adam,
  type Backend,
  type BackendName,
  createBackend,
  createRng,
  dense,
  describeBackends,
  type Optimizer,
  SGD_MOMENTUM_UPDATE,
  sampleNormal,
  sgd,
  type TF,
} from '../src/index.ts';
import { gradCoordinates, type Input, lossWeights, WORKLOADS, type Workload } from './conformance-workloads.ts';
import { lossRef, relativeError } from './reference-layers.ts';

interface Tolerance {
  forward: number;
  grad: number;
  training: number;
}

const FLOAT32: Tolerance = { forward: 1e-4, grad: 1e-4, training: 1e-3 };
const TOLERANCES: Record<BackendName, Tolerance> = {
  wasm: FLOAT32,
  'wasm-mt': FLOAT32,
  'wasm-blas': FLOAT32,
  cpu: FLOAT32,
  webgpu: FLOAT32,
  native: FLOAT32,
  gpu: FLOAT32,
};

const infos = await describeBackends();

function tensorsOf(tf: TF, inputs: Record<string, Input>): Record<string, Tensor> {
  return Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, tf.tensor(v.values, v.shape, v.dtype)]));
}

async function forwardValues(tf: TF, w: Workload): Promise<Float32Array> {
  const t = tensorsOf(tf, w.inputs);
  const y = tf.tidy(() => w.forward(tf, t));
  const values = (await y.data()) as Float32Array;
  tf.dispose([y, ...Object.values(t)]);
  return values;
}

/** Gradients of Σ r⊙y + ½ Σ y² with respect to the workload's checked inputs, from the backend. */
async function backendGrads(tf: TF, w: Workload): Promise<Float32Array[]> {
  const t = tensorsOf(tf, w.inputs);
  const size = (await forwardValues(tf, w)).length;
  const r = tf.tensor(lossWeights(w.title, size));
  const names = w.grads.map((g) => g.name);
  const grads = tf.grads((...xs: Tensor[]) => {
    const replaced = { ...t, ...Object.fromEntries(names.map((n, i) => [n, xs[i] as Tensor])) };
    const y = tf.reshape(w.forward(tf, replaced), [-1]);
    return tf.add(tf.sum(tf.mul(r, y)), tf.mul(0.5, tf.sum(tf.square(y))));
  })(names.map((n) => t[n] as Tensor));
  const values = await Promise.all(grads.map(async (g) => (await g.data()) as Float32Array));
  tf.dispose([...grads, r, ...Object.values(t)]);
  return values;
}

/** Float64 central differences of the JS reference loss at the checked coordinates of input `name`. */
function finiteDifferenceGrad(w: Workload, name: string, coords: number[], h = 1e-4): Float64Array {
  const base = Object.fromEntries(Object.entries(w.inputs).map(([k, v]) => [k, Float64Array.from(v.values)]));
  const r = lossWeights(w.title, w.reference(base).length);
  const p = base[name] as Float64Array;
  return Float64Array.from(coords, (i) => {
    const v = p[i] as number;
    p[i] = v + h;
    const up = lossRef(w.reference(base), r);
    p[i] = v - h;
    const down = lossRef(w.reference(base), r);
    p[i] = v;
    return (up - down) / (2 * h);
  });
}

/**
 * A small regression (64 samples, 8 → 16 → 1 ReLU MLP from `dense`) trained for `steps`; returns the
 * loss before each step and after the last. Reads with `await data()`: webgpu cannot `dataSync()` in Node.
 */
async function train(tf: TF, optimizer: Optimizer, steps: number, onStep?: () => void): Promise<number[]> {
  const rng = createRng(11);
  const n = 64;
  const x = tf.tensor2d(sampleNormal(rng, n * 8), [n, 8]);
  const teacher = tf.tensor2d(sampleNormal(rng, 8), [8, 1]);
  const y = tf.tidy(() => tf.tanh(tf.matMul(x, teacher)));
  const vars: Variable[] = tf.tidy(() => [
    tf.variable(tf.tensor2d(sampleNormal(rng, 8 * 16, 0, 0.5), [8, 16])),
    tf.variable(tf.zeros([16])),
    tf.variable(tf.tensor2d(sampleNormal(rng, 16, 0, 0.25), [16, 1])),
    tf.variable(tf.zeros([1])),
  ]);
  const [w1, b1, w2, b2] = vars as [Variable, Variable, Variable, Variable];
  const loss = () =>
    tf.mean(
      tf.square(
        tf.sub(dense(tf, tf.relu(dense(tf, x, w1 as Tensor2D, b1 as Tensor1D)), w2 as Tensor2D, b2 as Tensor1D), y),
      ),
    );
  const read = async (t: Tensor) => {
    const value = (await t.data())[0] as number;
    t.dispose();
    return value;
  };
  const losses: number[] = [];
  for (let s = 0; s < steps; s += 1) {
    const value = tf.tidy(() => {
      const { value: l, grads } = tf.variableGrads(loss as () => ReturnType<typeof tf.scalar>, vars);
      optimizer.step(
        tf,
        vars,
        vars.map((v) => grads[v.name] as Tensor),
      );
      return l;
    });
    losses.push(await read(value));
    onStep?.();
  }
  losses.push(await read(tf.tidy(loss)));
  optimizer.dispose();
  tf.dispose([x, teacher, y, ...vars]);
  return losses;
}

const OPTIMIZERS: { title: string; make: () => Optimizer }[] = [
  { title: 'sgd({ lr: 0.05, momentum: 0.9 })', make: () => sgd({ lr: 0.05, momentum: 0.9 }) },
  {
    title: 'sgd({ lr: 0.05, momentum: 0.9, nesterov: true })',
    make: () => sgd({ lr: 0.05, momentum: 0.9, nesterov: true }),
  },
  { title: 'adam({ lr: 0.02 })', make: () => adam({ lr: 0.02 }) },
];

describe.sequential('conformance', () => {
  const cpuForward = new Map<string, Float32Array>();
  const cpuTraining = new Map<string, number[]>();

  beforeAll(async () => {
    const cpu = await createBackend('cpu');
    for (const w of WORKLOADS) cpuForward.set(w.title, await forwardValues(cpu.tf, w));
    for (const o of OPTIMIZERS) cpuTraining.set(o.title, await train(cpu.tf, o.make(), 20));
    await cpu.dispose();
  });

  for (const info of infos) {
    if (!info.available) {
      it.skip(`${info.name}: ${info.reason}${info.installHint ? ` (${info.installHint})` : ''}`, () => {});
      continue;
    }
    const tol = TOLERANCES[info.name];
    describe.sequential(info.name, () => {
      let backend: Backend;
      beforeAll(async () => {
        backend = await createBackend(info.name);
      });
      afterAll(async () => {
        await backend?.dispose();
      });

      it('is the selected tfjs backend', () => {
        const tfjsName = { native: 'tensorflow', gpu: 'tensorflow', 'wasm-mt': 'wasm', 'wasm-blas': 'wasm' }[
          info.name as string
        ];
        expect(backend.tf.getBackend()).toBe(tfjsName ?? info.name);
      });

      for (const w of WORKLOADS) {
        it(`${w.title}: forward matches cpu and float64 (rel ${tol.forward})`, async () => {
          const values = await forwardValues(backend.tf, w);
          const reference = w.reference(Object.fromEntries(Object.entries(w.inputs).map(([k, v]) => [k, v.values])));
          expect(values.some((v) => v !== 0)).toBe(true);
          expect(relativeError(values, reference)).toBeLessThan(tol.forward);
          expect(relativeError(values, cpuForward.get(w.title) as Float32Array)).toBeLessThan(tol.forward);
        });

        it(`${w.title}: gradients match float64 finite differences (rel ${tol.grad})`, async () => {
          const grads = await backendGrads(backend.tf, w);
          w.grads.forEach(({ name, coordinates }, i) => {
            const g = grads[i] as Float32Array;
            const coords = gradCoordinates(w.title, name, g.length, coordinates);
            const fd = finiteDifferenceGrad(w, name, coords);
            const err = relativeError(
              coords.map((c) => g[c] as number),
              fd,
            );
            expect({ input: name, err: err < tol.grad ? 'ok' : err }).toEqual({ input: name, err: 'ok' });
          });
        });
      }

      for (const o of OPTIMIZERS) {
        it(`${o.title}: 20 steps reduce a small regression's loss, as on cpu (rel ${tol.training})`, async () => {
          const losses = await train(backend.tf, o.make(), 20);
          const first = losses[0] as number;
          const last = losses[losses.length - 1] as number;
          expect(last).toBeLessThan(0.5 * first);
          expect(relativeError([last], [(cpuTraining.get(o.title) as number[]).at(-1) as number])).toBeLessThan(
            tol.training,
          );
        });
      }

      const bindingLimit = info.flags.maxStorageBufferBindingSize;
      if (typeof bindingLimit === 'number') {
        it(`a result over maxStorageBufferBindingSize (${bindingLimit} B) is right or its read rejects, never silent zeros`, async () => {
          const { tf } = backend;
          const rows = Math.ceil(bindingLimit / 4 / 64) + 1024;
          const y = tf.tidy(() => tf.matMul(tf.ones([rows, 32]), tf.ones([32, 64])));
          const outcome = await y.data().then(
            (values) => ({ wrongValues: values.filter((v) => v !== 32).length }),
            (error: Error) => ({ rejected: /binding size/.test(error.message) }),
          );
          y.dispose();
          expect([{ wrongValues: 0 }, { rejected: true }]).toContainEqual(outcome);
        });
      }

      const FUSED: { title: string; kernel: string; make: (fused: boolean) => Optimizer }[] = [
        {
          title: 'adam',
          kernel: ADAM_UPDATE,
          make: (fused) => adam({ lr: (t) => 0.02 * (1 + Math.cos((Math.PI * t) / 30)), fused }),
        },
        {
          title: 'sgd momentum',
          kernel: SGD_MOMENTUM_UPDATE,
          make: (fused) => sgd({ lr: (t) => 0.05 / t, momentum: 0.9, fused }),
        },
        {
          title: 'sgd nesterov',
          kernel: SGD_MOMENTUM_UPDATE,
          make: (fused) => sgd({ lr: 0.05, momentum: 0.9, nesterov: true, fused }),
        },
      ];
      for (const o of FUSED) {
        it(`${o.title}: the fused update (wasm, cpu) equals the op-by-op update bit for bit over 30 steps`, async () => {
          const { tf } = backend;
          const rng = createRng(7);
          const size = 257;
          const init = sampleNormal(rng, size);
          // Gradients over many scales, with exact zeros, so tiny and huge moments both occur.
          const grads = Array.from({ length: 30 }, (_, t) =>
            sampleNormal(rng, size).map((g, i) => (i % 17 === 0 ? 0 : g * 10 ** ((i % 11) - 8 + (t % 3)))),
          );
          const final: number[][] = [];
          for (const fused of [true, false]) {
            const w = tf.variable(tf.tensor1d(init));
            const opt = o.make(fused);
            for (const g of grads) {
              const gt = tf.tensor1d(g);
              opt.step(tf, [w], [gt]);
              gt.dispose();
            }
            final.push(Array.from(await w.data()));
            opt.dispose();
            w.dispose();
          }
          const tfjsName = tf.getBackend();
          expect({ backend: tfjsName, fusedKernel: tf.getKernel(o.kernel, tfjsName) !== undefined }).toEqual({
            backend: tfjsName,
            fusedKernel: tfjsName === 'wasm' || tfjsName === 'cpu',
          });
          expect(final[0]).not.toEqual(Array.from(init));
          expect(final[0]).toEqual(final[1]);
        });
      }

      it('tf.memory().numTensors is stable across 20 training steps (sgd with momentum and adam)', async () => {
        const { tf } = backend;
        for (const make of [() => sgd({ lr: 0.01, momentum: 0.9 }), () => adam({ lr: 0.01 })]) {
          const counts: number[] = [];
          const before = tf.memory().numTensors;
          await train(tf, make(), 20, () => counts.push(tf.memory().numTensors));
          expect(new Set(counts).size).toBe(1);
          expect(tf.memory().numTensors).toBe(before);
        }
      });
    });
  }
});
