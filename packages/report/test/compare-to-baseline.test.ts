import type { ClaimResult, ResultsFile, Verdict } from '@repro/claims';
import { describe, expect, it } from 'vitest';
import { compareToBaseline } from '../src/compare-to-baseline.ts';
import { isNotable } from '../src/is-notable.ts';

const claim = (id: string, verdict: Verdict, value: number | null): ClaimResult => ({
  id,
  verdict,
  reason: '',
  measured: value === null ? null : { value, interval: [value, value] },
  expected: { value: 1, tolerance: 0.1 },
  control: null,
});

const file = (backend: string, claims: ClaimResult[]): ResultsFile => ({
  schema: 1,
  runs: [
    {
      suite: 's',
      tier: 'quick',
      backend,
      seed: 0,
      durationS: 1,
      provenance: { commit: 'c', code: 'k', node: 'n', tfjs: 't', cpu: 'x', flags: {}, date: 'd' },
      claims,
    },
  ],
});

describe('compareToBaseline(current, baseline)', () => {
  const current = file('wasm', [
    claim('s.a', 'fail', 1.2),
    claim('s.b', 'pass', 2),
    claim('s.new', 'pass', 0),
    claim('s.z', 'pass', 1),
  ]);
  const baseline = file('wasm', [
    claim('s.a', 'pass', 1),
    claim('s.b', 'pass', 2),
    claim('s.gone', 'pass', 3),
    claim('s.z', 'pass', 0),
  ]);
  const changes = compareToBaseline(current, baseline);

  it('pairs each (suite, backend, claim) with its verdicts and measured values before and after', () => {
    expect(changes[0]).toEqual({
      suite: 's',
      backend: 'wasm',
      id: 's.a',
      before: 'pass',
      after: 'fail',
      measuredBefore: 1,
      measuredAfter: 1.2,
      shift: expect.closeTo(0.2, 12),
      verdictChanged: true,
    });
    expect(changes[1]).toMatchObject({ id: 's.b', before: 'pass', after: 'pass', shift: 0, verdictChanged: false });
  });

  it('lists claims new in current and gone from it, in current order then the baseline leftovers', () => {
    expect(changes.map((c) => [c.id, c.before, c.after])).toEqual([
      ['s.a', 'pass', 'fail'],
      ['s.b', 'pass', 'pass'],
      ['s.new', null, 'pass'],
      ['s.z', 'pass', 'pass'],
      ['s.gone', 'pass', null],
    ]);
  });

  it('has no relative shift from a baseline value of 0 or without both values', () => {
    expect(changes.find((c) => c.id === 's.z')?.shift).toBeNull();
    expect(changes.find((c) => c.id === 's.new')?.shift).toBeNull();
  });

  it('keeps backends apart', () => {
    const both = compareToBaseline(file('cpu', [claim('s.a', 'pass', 1)]), file('wasm', [claim('s.a', 'pass', 1)]));
    expect(both.map((c) => [c.backend, c.before, c.after])).toEqual([
      ['cpu', null, 'pass'],
      ['wasm', 'pass', null],
    ]);
  });

  it('isNotable(change) flags a new verdict or a shift of 5% or more', () => {
    expect(changes.map(isNotable)).toEqual([true, false, true, false, true]);
    expect(isNotable({ ...(changes[1] as (typeof changes)[number]), shift: -0.05 })).toBe(true);
    expect(isNotable({ ...(changes[1] as (typeof changes)[number]), shift: 0.049 })).toBe(false);
  });
});
