import { describe, expect, it } from 'vitest';
import { formatMeasured } from '../src/format-measured.ts';
import { formatNumber } from '../src/format-number.ts';

describe('formatNumber(value, side)', () => {
  it('keeps four significant digits and drops trailing zeros', () => {
    expect([0.8678028, 1.0020803581, 2, 0.007486943, 123456].map((v) => formatNumber(v))).toEqual([
      '0.8678',
      '1.002',
      '2',
      '0.007487',
      '123500',
    ]);
  });
  it('prints infinite values, and a null end as ∞ on its side', () => {
    expect([formatNumber(Number.POSITIVE_INFINITY), formatNumber(Number.NEGATIVE_INFINITY)]).toEqual(['∞', '-∞']);
    expect([formatNumber(null, -1), formatNumber(null, 1), formatNumber(Number.NaN)]).toEqual(['-∞', '∞', 'NaN']);
  });
});

describe('formatMeasured(measured)', () => {
  it('prints the value with its interval, null ends as ±∞', () => {
    const open = [null, 0.2] as unknown as [number, number];
    expect(formatMeasured({ value: 0.8875, interval: [0.8678028, 0.904585] })).toBe('0.8875 [0.8678, 0.9046]');
    expect(formatMeasured({ value: 0.02, interval: open })).toBe('0.02 [-∞, 0.2]');
    expect(formatMeasured({ value: 3, interval: null })).toBe('3');
  });
  it('prints a dash without a value', () => {
    expect([formatMeasured(null), formatMeasured({ value: null, interval: null })]).toEqual(['—', '—']);
  });
});
