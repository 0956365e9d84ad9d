/**
 * Where OpenBLAS's sgemm starts to beat the stock wasm kernel, per product size and transpose flag:
 * `pnpm --filter @repro/bench crossover [--batch B] [sizes…]` (square n×n products, B of them per call
 * with `--batch`). In one thread, on one wasm backend, the
 * `BatchMatMul` kernel is switched between the stock kernel and the BLAS kernel with every product
 * routed to BLAS, in interleaved rounds (5 rounds of ≥ 40 ms per variant and shape), so both see the
 * same machine load. wasm kernels are synchronous: a call's time is the kernel's, no read-back.
 * Prints the median time per call of each and their ratio (> 1: BLAS is faster).
 */

import { blasBatchMatMul, blasThreads, createBackend, createRng, loadBlasEngine, sampleNormal } from '@repro/tensor';
import type { KernelConfig, KernelFunc, Tensor } from '@tensorflow/tfjs-core';

const args = process.argv.slice(2);
const batchAt = args.indexOf('--batch');
const BATCH = batchAt >= 0 ? Number(args.splice(batchAt, 2)[1]) : 0;
const sizes = args.map(Number);
const SIZES = sizes.length > 0 ? sizes : [8, 16, 24, 32, 48, 64, 96, 128, 256, 512];
const ROUNDS = 5;
const MIN_MS = 40;

const backend = await createBackend('wasm');
const { tf } = backend;
const stock = tf.getKernel('BatchMatMul', 'wasm') as KernelConfig;
const engine = loadBlasEngine(blasThreads());
const blas = blasBatchMatMul(engine, stock.kernelFunc, { minFlops: 0 });
const use = (kernelFunc: KernelFunc) => {
  tf.unregisterKernel('BatchMatMul', 'wasm');
  tf.registerKernel({ ...stock, kernelFunc });
};

/** Median ms per call of `run` over batches of ≥ MIN_MS. */
function time(run: () => void): number {
  let calls = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < calls; i += 1) run();
    const ms = performance.now() - t0;
    if (ms >= MIN_MS) return ms / calls;
    calls *= 2;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

console.log(`OpenBLAS: ${engine.config}, core ${engine.coreName}, ${engine.threads()} threads`);
console.log(`${BATCH > 0 ? `batch ${BATCH}` : 'one product'} per call`);
console.log('n\tflags\tstock µs\tblas µs\tstock/blas');
const rng = createRng(5);
for (const n of SIZES) {
  const shape = BATCH > 0 ? [BATCH, n, n] : [n, n];
  const size = Math.max(BATCH, 1) * n * n;
  const a: Tensor = tf.tensor(sampleNormal(rng, size), shape);
  const b: Tensor = tf.tensor(sampleNormal(rng, size), shape);
  for (const [ta, tb] of [
    [false, false],
    [false, true],
    [true, false],
  ] as const) {
    const run = () => tf.dispose(tf.matMul(a, b, ta, tb));
    const stockMs: number[] = [];
    const blasMs: number[] = [];
    for (let r = 0; r < ROUNDS; r += 1) {
      use(stock.kernelFunc);
      stockMs.push(time(run));
      use(blas);
      blasMs.push(time(run));
    }
    const [s, q] = [median(stockMs), median(blasMs)];
    const flags = ta ? 'tA' : tb ? 'tB' : '-';
    console.log(`${n}\t${flags}\t${(s * 1e3).toFixed(1)}\t${(q * 1e3).toFixed(1)}\t${(s / q).toFixed(2)}`);
  }
  tf.dispose([a, b]);
}
use(stock.kernelFunc);
await backend.dispose();
