import { describe, expect, it } from 'vitest';
import { type BenchResults, formatTable, interleave, type TimingSide } from '../src/index.ts';

/** A side whose samples are its label's fixed latency; records the order it was called in. */
function fakeSide(label: string, ms: number, calls: string[], failAt?: number): TimingSide {
  let n = 0;
  return {
    label,
    info: {},
    prepare: async () => ({ firstMs: ms * 3, warmupMs: [ms] }),
    sample: async () => {
      calls.push(label);
      n += 1;
      if (n === failAt) throw new Error(`${label} broke`);
      return [ms, ms];
    },
    release: async () => undefined,
    close: async () => undefined,
  };
}

describe('interleave(sides, workload, rounds, options)', () => {
  it('runs one batch per side per round, rotating the order each round', async () => {
    const calls: string[] = [];
    const sides = [fakeSide('a', 1, calls), fakeSide('b', 2, calls), fakeSide('c', 3, calls)];
    const { rounds, errors } = await interleave(sides, 'w', 3, { timeMs: 1, minIterations: 1 });
    expect(calls).toEqual(['a', 'b', 'c', 'b', 'c', 'a', 'c', 'a', 'b']);
    expect(rounds).toEqual([
      [
        [1, 1],
        [1, 1],
        [1, 1],
      ],
      [
        [2, 2],
        [2, 2],
        [2, 2],
      ],
      [
        [3, 3],
        [3, 3],
        [3, 3],
      ],
    ]);
    expect(errors).toEqual([undefined, undefined, undefined]);
  });

  it('drops a side that fails from the later rounds and keeps its error', async () => {
    const calls: string[] = [];
    const sides = [fakeSide('a', 1, calls), fakeSide('b', 2, calls, 2)];
    const { rounds, errors } = await interleave(sides, 'w', 3, { timeMs: 1, minIterations: 1 });
    expect(calls).toEqual(['a', 'b', 'b', 'a', 'a']);
    expect(rounds[1]).toHaveLength(1);
    expect(errors).toEqual([undefined, 'b broke']);
  });
});

describe('formatTable(results)', () => {
  it('prints GFLOP/s with median ms per side, torch best and the ratio with its interval', () => {
    const results: BenchResults = {
      schema: 1,
      startedAt: '2026-01-01T00:00:00Z',
      durationS: 1,
      options: { backends: ['wasm'], torch: true, rounds: 1, timeMs: 1, minIterations: 1 },
      sides: [
        { label: 'wasm' },
        { label: 'torch:a' },
        { label: 'torch:b' },
        { label: 'webgpu', skipped: 'no adapter' },
      ],
      workloads: [
        {
          workload: 'matmul',
          description: '',
          engine: 'tfjs',
          params: {},
          flops: 2e9,
          flopsNote: '',
          sides: [
            { state: 'completed', side: 'wasm', firstMs: 1, warmupMs: [], rounds: [[100]], medianMs: 100, gflops: 20 },
            {
              state: 'completed',
              side: 'torch:a',
              firstMs: 1,
              warmupMs: [],
              rounds: [[20]],
              medianMs: 20,
              gflops: 100,
            },
            { state: 'errored', side: 'torch:b', error: 'x' },
          ],
          torchBest: 'torch:a',
          ratioToTorch: { wasm: { value: 0.2, interval: [0.18, 0.22] } },
        },
      ],
      machine: { cpus: 2, model: '', node: '', loadavg: [] },
    };
    const lines = formatTable(results).split('\n');
    expect(lines[0]?.split(/\s{2,}/)).toEqual([
      'workload',
      'wasm',
      'torch[1t]',
      'torch[def]',
      'torch best',
      'wasm/torch',
    ]);
    expect(lines[2]?.split(/\s{2,}/)).toEqual([
      'matmul',
      '20.0 (100.0ms)',
      '100.0 (20.0ms)',
      'error',
      '100.0 (20.0ms) [1t]',
      '0.20 [0.18, 0.22]',
    ]);
    expect(lines).toContain('skipped webgpu: no adapter');
  });
});
