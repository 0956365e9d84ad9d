import { createRng, type Rng, uniformInt } from '@repro/tensor';
import { describe, expect, it } from 'vitest';
import {
  batchSampler,
  compressionComplexity,
  cosineLr,
  factorizedEmbedding,
  factorizedTask,
  flopsPerToken,
  fromDigits,
  meanKl,
  sampleBatch,
  statisticalComplexity,
  toDigits,
  unstructuredTask,
} from '../src/index.ts';

describe('mixed radix', () => {
  it('toDigits(x, radices) is least significant first and fromDigits inverts it', () => {
    expect(toDigits(23, [2, 3, 4])).toEqual([1, 2, 3]);
    expect(fromDigits([1, 2, 3], [2, 3, 4])).toBe(23);
    for (let x = 0; x < 24; x += 1) expect(fromDigits(toDigits(x, [2, 3, 4]), [2, 3, 4])).toBe(x);
  });
});

describe('factorizedTask(params, rng)', () => {
  const params = {
    inputFactors: [2, 3, 4],
    outputFactors: [3, 2],
    parents: { kind: 'count', count: 2 },
    alpha: 0.1,
  } as const;

  it('gives an N×M table whose rows sum to 1 and that is the product of the conditionals', () => {
    const task = factorizedTask(params, createRng(7));
    expect([task.n, task.m]).toEqual([24, 6]);
    for (let x = 0; x < task.n; x += 1) {
      const row = task.table.subarray(x * task.m, (x + 1) * task.m);
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
    const x = 17;
    const xd = toDigits(x, task.inputFactors);
    const y = 4;
    const yd = toDigits(y, task.outputFactors);
    let p = 1;
    task.parents.forEach((pa, j) => {
      const z = fromDigits(
        pa.map((i) => xd[i] as number),
        pa.map((i) => task.inputFactors[i] as number),
      );
      p *= task.conditionals[j]?.[z * (task.outputFactors[j] as number) + (yd[j] as number)] as number;
    });
    expect(task.table[x * task.m + y]).toBeCloseTo(p, 14);
    expect(task.parents.every((pa) => pa.length === 2)).toBe(true);
  });

  it('is a pure function of (params, seed)', () => {
    expect(factorizedTask(params, createRng(3)).table).toEqual(factorizedTask(params, createRng(3)).table);
    expect(factorizedTask(params, createRng(3)).table).not.toEqual(factorizedTask(params, createRng(4)).table);
  });

  it('makes y independent of the inputs that are not parents', () => {
    const task = factorizedTask(
      { ...params, parents: { kind: 'count', count: 1 }, inputFactors: [4, 4] },
      createRng(1),
    );
    const used = new Set(task.parents.flat());
    if (!used.has(1)) {
      // x = a + 4b: changing b leaves the row unchanged
      expect(task.table.subarray(1 * task.m, 2 * task.m)).toEqual(task.table.subarray(5 * task.m, 6 * task.m));
    }
    expect(used.size).toBeGreaterThan(0);
  });

  it('bernoulli(β = 0) gives empty parent sets and the same row for every x; β = 1 gives all parents', () => {
    const none = factorizedTask({ ...params, parents: { kind: 'bernoulli', beta: 0 } }, createRng(2));
    expect(none.parents).toEqual([[], []]);
    expect(none.table.subarray(0, none.m)).toEqual(none.table.subarray(5 * none.m, 6 * none.m));
    const all = factorizedTask({ ...params, parents: { kind: 'bernoulli', beta: 1 } }, createRng(2));
    expect(all.parents).toEqual([
      [0, 1, 2],
      [0, 1, 2],
    ]);
  });
});

describe('complexities', () => {
  const graph = { inputFactors: [2, 3, 4], outputFactors: [5, 2, 7], parents: [[0, 2], [1], []] };
  it('statisticalComplexity = Σ_j q_j ∏ p_i: 5·8 + 2·3 + 0 = 46', () => {
    expect(statisticalComplexity(graph)).toBe(46);
  });
  it('compressionComplexity = Σ_j min(q_j, ∏ p_i): 5 + 2 + 0 = 7', () => {
    expect(compressionComplexity(graph)).toBe(7);
  });
  it('reproduces the χ table of CLAIMS.md §1.4 C1.1 for full parent sets', () => {
    const chi = (inputFactors: number[], count: number) =>
      statisticalComplexity({
        inputFactors,
        outputFactors: [4, 4, 4, 4],
        parents: Array(4).fill(Array.from({ length: count }, (_, i) => i)),
      });
    expect([chi([2, 2, 2, 2, 2, 2, 2, 2], 1), chi([4, 4, 4, 4], 2), chi([16, 16], 2), chi([256], 1)]).toEqual([
      32, 256, 4096, 4096,
    ]);
  });
});

describe('meanKl(table, logProbs, m, rows)', () => {
  it('is 0 for the true conditional and the KL to uniform otherwise', () => {
    const task = factorizedTask(
      { inputFactors: [4], outputFactors: [3], parents: { kind: 'count', count: 1 }, alpha: 1 },
      createRng(5),
    );
    const rows = Int32Array.from([0, 1, 2, 3]);
    const truth = Array.from(task.table, (p) => Math.log(p));
    expect(meanKl(task.table, truth, 3, rows)).toBeCloseTo(0, 12);
    const uniform = new Array(12).fill(-Math.log(3));
    let expected = 0;
    for (const p of task.table) expected += (p * Math.log(3 * p)) / 4;
    expect(meanKl(task.table, uniform, 3, rows)).toBeCloseTo(expected, 12);
    expect(expected).toBeGreaterThan(0);
  });
});

describe('sampleBatch(rng, task, size)', () => {
  it('draws y with the frequencies of p(y|x) over x uniform', () => {
    const task = factorizedTask(
      { inputFactors: [2], outputFactors: [2, 2], parents: { kind: 'count', count: 1 }, alpha: 1 },
      createRng(9),
    );
    const { x, y } = sampleBatch(createRng(10), task, 40_000);
    const counts = new Float64Array(8);
    x.forEach((xi, s) => {
      const k = xi * 4 + (y[s] as number);
      counts[k] = (counts[k] as number) + 1;
    });
    counts.forEach((c, i) => {
      expect(c / 20_000).toBeCloseTo(task.table[i] as number, 1);
    });
  });
});

describe('batchSampler(task)', () => {
  it('draws, batch after batch, what a per-sample digit decomposition draws from the same generator', () => {
    const task = factorizedTask(
      { inputFactors: [2, 3, 4], outputFactors: [3, 2, 5], parents: { kind: 'count', count: 2 }, alpha: 0.5 },
      createRng(11),
    );
    // Reference: x uniform, then for each output factor j the row z of x's parent digits, y_j by inversion.
    const reference = (rng: Rng, size: number) => {
      const xs: number[] = [];
      const ys: number[] = [];
      for (let s = 0; s < size; s += 1) {
        const x = uniformInt(rng, task.n);
        const digits = toDigits(x, task.inputFactors);
        const yd = task.outputFactors.map((q, j) => {
          const pa = task.parents[j] as number[];
          const z = fromDigits(
            pa.map((i) => digits[i] as number),
            pa.map((i) => task.inputFactors[i] as number),
          );
          let u = rng.uniform();
          for (let c = 0; c < q - 1; c += 1) {
            u -= (task.conditionals[j] as Float64Array)[z * q + c] as number;
            if (u < 0) return c;
          }
          return q - 1;
        });
        xs.push(x);
        ys.push(fromDigits(yd, task.outputFactors));
      }
      return { xs, ys };
    };
    const sample = batchSampler(task);
    const [a, b] = [createRng(12), createRng(12)];
    for (let batch = 0; batch < 3; batch += 1) {
      const got = sample(a, 500);
      const want = reference(b, 500);
      expect(Array.from(got.x)).toEqual(want.xs);
      expect(Array.from(got.y)).toEqual(want.ys);
    }
  });
});

describe('factorizedEmbedding(rng, factors, d)', () => {
  it('is additive over the factors: e(x) − e(x′) depends only on the changed digit', () => {
    const e = factorizedEmbedding(createRng(1), [2, 3], 4);
    // x = a + 2b; e(1) − e(0) = E_0[1] − E_0[0] = e(3) − e(2)
    for (let c = 0; c < 4; c += 1)
      expect((e[4 + c] as number) - (e[c] as number)).toBeCloseTo((e[12 + c] as number) - (e[8 + c] as number), 5);
  });
});

describe('flopsPerToken and cosineLr', () => {
  it('flopsPerToken({d 32, f 64, 1 layer, M 256}) = 3·(12288 + 192 + 16384 + 96)', () => {
    expect(flopsPerToken({ dim: 32, hidden: 64, layers: 1, outputs: 256 })).toBe(3 * (12288 + 192 + 16384 + 96));
  });
  it('cosineLr(lr0, T) starts at lr0, halves at T/2 + 1 and nears 0 at T', () => {
    const lr = cosineLr(0.03, 100);
    expect(lr(1)).toBeCloseTo(0.03, 12);
    expect(lr(51)).toBeCloseTo(0.015, 12);
    expect(lr(100)).toBeLessThan(1e-4);
  });
});

describe('unstructuredTask(structured, alpha, rng)', () => {
  it('keeps N and the output factors but makes the input one factor', () => {
    const structured = factorizedTask(
      { inputFactors: [2, 2, 2], outputFactors: [3, 2], parents: { kind: 'count', count: 1 }, alpha: 0.1 },
      createRng(1),
    );
    const control = unstructuredTask(structured, 0.1, createRng(2));
    expect(control.inputFactors).toEqual([8]);
    expect(control.outputFactors).toEqual([3, 2]);
    expect([control.n, control.m]).toEqual([structured.n, structured.m]);
  });
});
