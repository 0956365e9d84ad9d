import { availableParallelism } from 'node:os';
import type { KernelConfig, Tensor } from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blasSum, sumAsColumnSums } from '../src/backend/blas-sum-kernel.ts';
import { blasTranspose, transposeAsMatrices } from '../src/backend/blas-transpose-kernel.ts';
import { BLAS_SUM_MIN_ELEMENTS, BLAS_TRANSPOSE_MIN_ELEMENTS } from '../src/backend/wasm-blas-driver.ts';
import {
  BLAS_LIBRARY_ENV,
  BLAS_ROUTING,
  BLAS_THREADS_ENV,
  type BlasEngine,
  blasBatchMatMul,
  blasThreads,
  createBackend,
  createRng,
  describeBackends,
  loadBlasEngine,
  sampleNormal,
  type TF,
} from '../src/index.ts';
import { matMulRef, relativeError } from './reference-layers.ts';

const [info] = await describeBackends(['wasm-blas']);

describe('blasThreads(env)', () => {
  it('defaults to the available cores and reads OPENBLAS_NUM_THREADS', () => {
    expect(blasThreads({})).toBe(availableParallelism());
    expect(blasThreads({ [BLAS_THREADS_ENV]: '3' })).toBe(3);
  });

  it('rejects a value that is not a positive integer', () => {
    for (const bad of ['0', '-2', '1.5', 'many']) {
      expect(() => blasThreads({ [BLAS_THREADS_ENV]: bad })).toThrow(/positive integer/);
    }
  });
});

describe('transposeAsMatrices(shape, perm)', () => {
  it('reads block swaps after a kept prefix as batches of matrix transposes', () => {
    expect(transposeAsMatrices([3, 4], [1, 0])).toEqual({ batch: 1, rows: 3, cols: 4 });
    expect(transposeAsMatrices([2, 3, 4], [0, 2, 1])).toEqual({ batch: 2, rows: 3, cols: 4 });
    expect(transposeAsMatrices([2, 3, 4, 5], [0, 2, 3, 1])).toEqual({ batch: 2, rows: 3, cols: 20 });
    expect(transposeAsMatrices([2, 3, 4, 5], [2, 3, 0, 1])).toEqual({ batch: 1, rows: 6, cols: 20 });
  });

  it('leaves other permutations (and the identity) to the stock kernel', () => {
    expect(transposeAsMatrices([2, 3, 4], [1, 0, 2])).toBeUndefined();
    expect(transposeAsMatrices([2, 3, 4], [2, 1, 0])).toBeUndefined();
    expect(transposeAsMatrices([2, 3, 4], [0, 1, 2])).toBeUndefined();
    expect(transposeAsMatrices([5], [0])).toBeUndefined();
  });
});

describe('sumAsColumnSums(shape, axis)', () => {
  it('reads a reduction over leading axes as column sums', () => {
    expect(sumAsColumnSums([6, 4], 0)).toEqual({ rows: 6, cols: 4, axes: [0] });
    expect(sumAsColumnSums([2, 3, 4], [1, 0])).toEqual({ rows: 6, cols: 4, axes: [0, 1] });
    expect(sumAsColumnSums([2, 3, 4], -3)).toEqual({ rows: 2, cols: 12, axes: [0] });
  });

  it('leaves innermost, full and gapped reductions to the stock kernel', () => {
    expect(sumAsColumnSums([6, 4], 1)).toBeUndefined();
    expect(sumAsColumnSums([6, 4], [0, 1])).toBeUndefined();
    expect(sumAsColumnSums([2, 3, 4], [0, 2])).toBeUndefined();
  });
});

describe('describeBackends(["wasm-blas"]) with a missing library', () => {
  it('is unavailable with the reason and the install hint, never a crash', async () => {
    const saved = process.env[BLAS_LIBRARY_ENV];
    process.env[BLAS_LIBRARY_ENV] = 'libopenblas-absent.so.0';
    try {
      const [absent] = await describeBackends(['wasm-blas']);
      expect(absent).toMatchObject({ name: 'wasm-blas', available: false });
      expect(absent?.reason).toMatch(/^libopenblas-absent\.so\.0 not found/);
      expect(absent?.installHint).toMatch(/REPRO_BLAS_LIBRARY/);
      await expect(createBackend('wasm-blas')).rejects.toThrow(/wasm-blas is unavailable: libopenblas-absent/);
    } finally {
      if (saved === undefined) delete process.env[BLAS_LIBRARY_ENV];
      else process.env[BLAS_LIBRARY_ENV] = saved;
    }
  });
});

/** The products checked: every transpose combination, batched, one matrix against a batch, and sizes below the routing threshold. */
const CASES: { title: string; a: number[]; b: number[]; ta: boolean; tb: boolean; blasCalls: number }[] = [
  { title: 'plain [96,80]·[80,72]', a: [96, 80], b: [80, 72], ta: false, tb: false, blasCalls: 1 },
  { title: 'transposeA', a: [80, 96], b: [80, 72], ta: true, tb: false, blasCalls: 1 },
  { title: 'transposeB', a: [96, 80], b: [72, 80], ta: false, tb: true, blasCalls: 1 },
  { title: 'both transposed', a: [80, 96], b: [72, 80], ta: true, tb: true, blasCalls: 1 },
  {
    title: 'batched [2,3,20,16]·[2,3,16,12]',
    a: [2, 3, 20, 16],
    b: [2, 3, 16, 12],
    ta: false,
    tb: false,
    blasCalls: 6,
  },
  { title: 'batched, transposeA', a: [4, 16, 20], b: [4, 16, 12], ta: true, tb: false, blasCalls: 4 },
  { title: 'batch against one matrix (one sgemm)', a: [5, 20, 16], b: [16, 12], ta: false, tb: false, blasCalls: 1 },
  { title: 'batch against one matrix, transposeB', a: [5, 20, 16], b: [12, 16], ta: false, tb: true, blasCalls: 1 },
  { title: 'one matrix against a batch', a: [12, 16], b: [5, 16, 20], ta: false, tb: false, blasCalls: 5 },
  { title: 'below the threshold [4,4]·[4,4] (stock kernel)', a: [4, 4], b: [4, 4], ta: false, tb: false, blasCalls: 0 },
];

function dims(c: (typeof CASES)[number]) {
  const [ra, rb] = [c.a.length, c.b.length];
  const size = (s: number[]) => s.slice(0, -2).reduce((x, y) => x * y, 1);
  return {
    m: c.a[c.ta ? ra - 1 : ra - 2] as number,
    k: c.a[c.ta ? ra - 2 : ra - 1] as number,
    n: c.b[c.tb ? rb - 2 : rb - 1] as number,
    batchA: size(c.a),
    batchB: size(c.b),
  };
}

describe.skipIf(!info?.available)(`wasm-blas (${info?.reason ?? 'available'})`, () => {
  it('describes OpenBLAS, its thread count and the routing threshold', () => {
    expect(info?.flags).toMatchObject({
      simd: true,
      blasLibrary: 'libopenblas.so.0',
      blasThreads: blasThreads(),
      blasMinFlops: BLAS_ROUTING.minFlops,
      blasTransposeMinElements: BLAS_TRANSPOSE_MIN_ELEMENTS,
      blasSumMinElements: BLAS_SUM_MIN_ELEMENTS,
    });
    expect(String(info?.flags.blas)).toMatch(/^OpenBLAS \d/);
    expect(info?.versions.koffi).toMatch(/^\d+\./);
  });

  describe('the BLAS kernel on the wasm heap, calls counted', () => {
    let tf: TF;
    let stock: KernelConfig;
    let dispose: () => Promise<void>;
    let stockTranspose: KernelConfig;
    let stockSum: KernelConfig;
    let calls = 0;
    let transposes = 0;
    let sums = 0;
    beforeAll(async () => {
      const backend = await createBackend('wasm');
      tf = backend.tf;
      dispose = backend.dispose;
      stock = tf.getKernel('BatchMatMul', 'wasm') as KernelConfig;
      stockTranspose = tf.getKernel('Transpose', 'wasm') as KernelConfig;
      stockSum = tf.getKernel('Sum', 'wasm') as KernelConfig;
      const engine = loadBlasEngine(blasThreads());
      const counting: BlasEngine = {
        ...engine,
        sgemm: (...args) => {
          calls += 1;
          engine.sgemm(...args);
        },
        transpose: (...args) => {
          transposes += 1;
          engine.transpose(...args);
        },
        columnSums: (...args) => {
          sums += 1;
          engine.columnSums(...args);
        },
      };
      tf.unregisterKernel('BatchMatMul', 'wasm');
      tf.registerKernel({ ...stock, kernelFunc: blasBatchMatMul(counting, stock.kernelFunc, BLAS_ROUTING) });
      tf.unregisterKernel('Transpose', 'wasm');
      tf.registerKernel({
        ...stockTranspose,
        kernelFunc: blasTranspose(counting, stockTranspose.kernelFunc, BLAS_TRANSPOSE_MIN_ELEMENTS),
      });
      tf.unregisterKernel('Sum', 'wasm');
      tf.registerKernel({ ...stockSum, kernelFunc: blasSum(counting, stockSum.kernelFunc, BLAS_SUM_MIN_ELEMENTS) });
    });
    afterAll(async () => {
      tf.unregisterKernel('BatchMatMul', 'wasm');
      tf.registerKernel(stock);
      tf.unregisterKernel('Transpose', 'wasm');
      tf.registerKernel(stockTranspose);
      tf.unregisterKernel('Sum', 'wasm');
      tf.registerKernel(stockSum);
      await dispose();
    });

    const PERMS: { shape: number[]; perm: number[]; somatcopyCalls: number }[] = [
      { shape: [48, 40], perm: [1, 0], somatcopyCalls: 1 },
      { shape: [3, 16, 20], perm: [0, 2, 1], somatcopyCalls: 3 },
      { shape: [2, 6, 4, 5], perm: [0, 2, 3, 1], somatcopyCalls: 2 },
      { shape: [4, 6, 5], perm: [1, 0, 2], somatcopyCalls: 0 },
      { shape: [4, 8], perm: [1, 0], somatcopyCalls: 0 },
    ];
    for (const { shape, perm, somatcopyCalls } of PERMS) {
      it(`transpose [${shape}] by [${perm}]: exact values, ${somatcopyCalls} somatcopy call(s)`, async () => {
        const size = shape.reduce((x, y) => x * y, 1);
        const values = sampleNormal(createRng(6), size);
        const x = tf.tensor(values, shape);
        const before = transposes;
        const y = tf.transpose(x, perm);
        expect(transposes - before).toBe(somatcopyCalls);
        const cpu = await createBackend('cpu');
        const expected = await cpu.tf.transpose(cpu.tf.tensor(values, shape), perm).data();
        await cpu.dispose();
        await tf.setBackend('wasm');
        expect(y.shape).toEqual(perm.map((p) => shape[p]));
        expect(Array.from(await y.data())).toEqual(Array.from(expected));
        tf.dispose([x, y]);
      });
    }

    for (const c of CASES) {
      it(`${c.title}: float64 values to 1e-5, ${c.blasCalls} sgemm call(s)`, async () => {
        const rng = createRng(3);
        const av = sampleNormal(
          rng,
          c.a.reduce((x, y) => x * y, 1),
        );
        const bv = sampleNormal(
          rng,
          c.b.reduce((x, y) => x * y, 1),
        );
        const a = tf.tensor(av, c.a);
        const b = tf.tensor(bv, c.b);
        const before = calls;
        const y = tf.matMul(a, b, c.ta, c.tb);
        expect(calls - before).toBe(c.blasCalls);
        const d = dims(c);
        expect(y.shape.slice(-2)).toEqual([d.m, d.n]);
        const values = await y.data();
        expect(relativeError(values, matMulRef(av, bv, d, c.ta, c.tb))).toBeLessThan(1e-5);
        tf.dispose([a, b, y]);
      });
    }

    const SUMS: { shape: number[]; axis: number | number[]; keepDims: boolean; sgemvCalls: number }[] = [
      { shape: [300, 24], axis: 0, keepDims: false, sgemvCalls: 1 },
      { shape: [5, 12, 8], axis: [0, 1], keepDims: true, sgemvCalls: 1 },
      { shape: [40, 6], axis: 1, keepDims: false, sgemvCalls: 0 },
      { shape: [4, 5], axis: 0, keepDims: false, sgemvCalls: 0 },
    ];
    for (const { shape, axis, keepDims, sgemvCalls } of SUMS) {
      it(`sum [${shape}] over ${JSON.stringify(axis)}${keepDims ? ' (keepDims)' : ''}: float64 values to 1e-6, ${sgemvCalls} sgemv call(s)`, async () => {
        const values = sampleNormal(
          createRng(7),
          shape.reduce((x, y) => x * y, 1),
        );
        const x = tf.tensor(values, shape);
        const before = sums;
        const y = tf.sum(x, axis, keepDims);
        expect(sums - before).toBe(sgemvCalls);
        const cpu = await createBackend('cpu');
        const ref = cpu.tf.sum(cpu.tf.tensor(values, shape), axis, keepDims);
        const [refShape, expected] = [ref.shape, await ref.data()];
        await cpu.dispose();
        await tf.setBackend('wasm');
        expect(y.shape).toEqual(refShape);
        expect(relativeError(await y.data(), expected)).toBeLessThan(1e-6);
        tf.dispose([x, y]);
      });
    }

    it('writes into memory the backend allocated after the heap grew (views taken after makeOutput)', async () => {
      const rng = createRng(4);
      const av = sampleNormal(rng, 512 * 256);
      const a = tf.tensor(av, [512, 256]);
      const pages = (tf.backend() as unknown as { wasm: { HEAPU8: Uint8Array } }).wasm.HEAPU8.length;
      const outs: Tensor[] = [];
      // Enough outputs to make the heap grow during the products.
      while ((tf.backend() as unknown as { wasm: { HEAPU8: Uint8Array } }).wasm.HEAPU8.length === pages) {
        outs.push(tf.matMul(a, a, true, false));
      }
      const last = outs.at(-1) as Tensor;
      const expected = matMulRef(av, av, { m: 256, k: 512, n: 256, batchA: 1, batchB: 1 }, true, false);
      expect(relativeError(await last.data(), expected)).toBeLessThan(1e-5);
      tf.dispose([a, ...outs]);
    });
  });

  it("createBackend('wasm-blas') replaces the wasm BatchMatMul kernel and dispose puts the stock one back", async () => {
    const plain = await createBackend('wasm');
    const stockFunc = plain.tf.getKernel('BatchMatMul', 'wasm')?.kernelFunc;
    await plain.dispose();

    const blas = await createBackend('wasm-blas');
    expect(blas.tf.getBackend()).toBe('wasm');
    expect(blas.info.flags.blasThreads).toBe(blasThreads());
    expect(blas.tf.getKernel('BatchMatMul', 'wasm')?.kernelFunc).not.toBe(stockFunc);
    const { tf } = blas;
    const before = tf.memory().numTensors;
    const g = tf.tidy(() => {
      const x = tf.tensor2d(sampleNormal(createRng(8), 64 * 32), [64, 32]);
      const w = tf.tensor2d(sampleNormal(createRng(9), 32 * 16), [32, 16]);
      return tf.grad((v: Tensor) => tf.sum(tf.square(tf.matMul(x, v))))(w);
    });
    expect(g.shape).toEqual([32, 16]);
    g.dispose();
    expect(tf.memory().numTensors).toBe(before);
    await blas.dispose();

    const again = await createBackend('wasm');
    expect(again.tf.getKernel('BatchMatMul', 'wasm')?.kernelFunc).toBe(stockFunc);
    await again.dispose();
  });
});
