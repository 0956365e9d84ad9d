import type { ClaimResult, RunResult } from '@repro/claims';
import { describe, expect, it } from 'vitest';
import { agreementText } from '../src/agreement-text.ts';
import { backendAgreement } from '../src/backend-agreement.ts';
import type { ClaimGroup } from '../src/group-claims.ts';

const claim = (verdict: ClaimResult['verdict'], value: number | null, agreement?: number): ClaimResult => ({
  id: 's.c',
  verdict,
  reason: '',
  measured: value === null ? null : { value, interval: null },
  expected: { value: 1, tolerance: 0.2 },
  control: null,
  ...(agreement === undefined ? {} : { agreement }),
});

const group = (...entries: [string, ClaimResult][]): ClaimGroup => ({
  suite: 's',
  id: 's.c',
  lead: entries[0]?.[1] as ClaimResult,
  entries: entries.map(([backend, c]) => ({ backend, claim: c, run: {} as RunResult })),
});

describe('backendAgreement', () => {
  it('compares with cpu when cpu ran, within half the tolerance by default', () => {
    const a = backendAgreement(
      group(['wasm', claim('pass', 0.95)], ['cpu', claim('pass', 1)], ['webgpu', claim('pass', 1.08)]),
    );
    expect(a).toMatchObject({ reference: 'cpu', compared: ['wasm', 'webgpu'], tolerance: 0.1, worst: 'webgpu' });
    expect(a?.maxDelta).toBeCloseTo(0.08, 12);
    expect(a?.agree).toBe(true);
    expect(agreementText(a as NonNullable<typeof a>)).toBe(
      'Backends agree: wasm, webgpu vs cpu, max |Δ| = 0.08 (webgpu) ≤ 0.1, same verdict.',
    );
  });

  it('disagrees beyond the stated tolerance, or when verdicts differ', () => {
    const far = backendAgreement(group(['wasm', claim('pass', 1, 0.01)], ['webgpu', claim('pass', 1.02, 0.01)]));
    expect(far).toMatchObject({ reference: 'wasm', tolerance: 0.01, agree: false, sameVerdict: true });
    const split = backendAgreement(group(['cpu', claim('pass', 0.81)], ['wasm', claim('fail', 0.79)]));
    expect(split).toMatchObject({ agree: false, sameVerdict: false });
    expect(agreementText(split as NonNullable<typeof split>)).toMatch(/^Backends disagree: .* verdicts differ\.$/);
  });

  it('needs two backends with a value; skipped backends and missing values do not count', () => {
    expect(backendAgreement(group(['wasm', claim('pass', 1)], ['native', claim('skipped', null)]))).toBeNull();
    expect(backendAgreement(group(['wasm', claim('pass', 1)], ['cpu', claim('fail', null)]))).toBeNull();
  });
});
