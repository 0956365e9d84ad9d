import { describe, expect, it } from 'vitest';
import type { ClaimResult, RunResult, Verdict } from '../src/results/results-file.ts';
import { verdictStability } from '../src/run/verdict-stability.ts';

const claim = (id: string, verdict: Verdict): ClaimResult => ({
  id,
  verdict,
  reason: '',
  measured: null,
  expected: { value: 0, tolerance: 1 },
  control: null,
});
const run = (seed: number, backend: string, verdicts: Record<string, Verdict>, shard?: string): RunResult => ({
  suite: 's',
  tier: 'quick',
  backend,
  seed,
  durationS: 1,
  ...(shard ? { shard } : {}),
  provenance: { commit: 'c', code: 'k', node: 'n', tfjs: 't', cpu: 'x', flags: {}, date: 'd' },
  claims: Object.entries(verdicts).map(([id, v]) => claim(id, v)),
});

describe('verdictStability(runs)', () => {
  it('lists the claims whose verdict flips between master seeds, per backend, in seed order', () => {
    const result = verdictStability([
      run(2, 'wasm', { 's.a': 'pass', 's.b': 'inconclusive' }),
      run(0, 'wasm', { 's.a': 'pass', 's.b': 'pass' }),
      run(1, 'wasm', { 's.a': 'pass', 's.b': 'pass' }),
      run(0, 'cpu', { 's.a': 'fail' }),
      run(1, 'cpu', { 's.a': 'fail' }),
    ]);
    expect(result.seeds).toEqual([0, 1, 2]);
    expect(result.claims.map((c) => [c.backend, c.claim, c.stable])).toEqual([
      ['wasm', 's.a', true],
      ['wasm', 's.b', false],
      ['cpu', 's.a', true],
    ]);
    expect(result.unstable).toEqual([
      {
        suite: 's',
        claim: 's.b',
        tier: 'quick',
        backend: 'wasm',
        verdicts: [
          { seed: 0, verdict: 'pass' },
          { seed: 1, verdict: 'pass' },
          { seed: 2, verdict: 'inconclusive' },
        ],
        stable: false,
      },
    ]);
  });

  it('ignores claims run with one seed and shard runs, and keeps the last run of a repeated seed', () => {
    expect(verdictStability([run(0, 'wasm', { 's.a': 'pass' })])).toEqual({ seeds: [], claims: [], unstable: [] });
    expect(
      verdictStability([run(0, 'wasm', { 's.a': 'pass' }), run(1, 'wasm', { 's.a': 'fail' }, '1/2')]).claims,
    ).toEqual([]);
    const again = verdictStability([
      run(0, 'wasm', { 's.a': 'fail' }),
      run(1, 'wasm', { 's.a': 'pass' }),
      run(0, 'wasm', { 's.a': 'pass' }),
    ]);
    expect(again.unstable).toEqual([]);
    expect(again.claims[0]?.verdicts).toEqual([
      { seed: 0, verdict: 'pass' },
      { seed: 1, verdict: 'pass' },
    ]);
  });
});
