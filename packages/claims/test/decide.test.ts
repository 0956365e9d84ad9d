import { describe, expect, it } from 'vitest';
import { combineWithControl } from '../src/results/combine-with-control.ts';
import { decide } from '../src/results/decide.ts';
import { bandOf } from '../src/spec/band-of.ts';

describe('decide(measured, band)', () => {
  it('passes an interval inside the band', () => {
    expect(decide({ value: 2.08, interval: [1.71, 2.44] }, [1.5, 2.5]).verdict).toBe('pass');
  });
  it('fails an interval wholly outside the band, on either side', () => {
    expect(decide({ value: 0.1, interval: [-0.2, 0.4] }, [1.5, 2.5]).verdict).toBe('fail');
    expect(decide({ value: 3, interval: [2.6, 3.4] }, [1.5, 2.5]).verdict).toBe('fail');
  });
  it('is inconclusive when the interval straddles an edge', () => {
    expect(decide({ value: 2.4, interval: [2.2, 2.7] }, [1.5, 2.5]).verdict).toBe('inconclusive');
  });
  it('fails a quantity that does not exist', () => {
    const d = decide({ value: null, interval: null }, [0.9, 1.1]);
    expect(d.verdict).toBe('fail');
    expect(d.reason).toMatch(/no measured value/);
  });
  it('treats open band ends as infinite', () => {
    const band = bandOf({ value: 0, tolerance: 0.1, band: [null, 0.1] });
    expect(band).toEqual([Number.NEGATIVE_INFINITY, 0.1]);
    expect(decide({ value: 0.02, interval: [0.01, 0.05] }, band).verdict).toBe('pass');
  });
});

describe('bandOf(expected)', () => {
  it('defaults to value ± tolerance', () => {
    expect(bandOf({ value: 2, tolerance: 0.5 })).toEqual([1.5, 2.5]);
  });
});

describe('combineWithControl(claim, control)', () => {
  const pass = { verdict: 'pass' as const, reason: 'p' };
  const fail = { verdict: 'fail' as const, reason: 'f' };
  const undecided = { verdict: 'inconclusive' as const, reason: 'i' };
  it('a passing control turns a passing claim into fail', () => {
    const v = combineWithControl(pass, pass);
    expect(v.verdict).toBe('fail');
    expect(v.reason).toMatch(/^control passed/);
  });
  it('keeps the claim verdict when the control fails', () => {
    expect(combineWithControl(pass, fail).verdict).toBe('pass');
    expect(combineWithControl(fail, fail).verdict).toBe('fail');
    expect(combineWithControl(undecided, fail).verdict).toBe('inconclusive');
  });
  it('an undecided control leaves a passing claim inconclusive', () => {
    expect(combineWithControl(pass, undecided).verdict).toBe('inconclusive');
  });
});
