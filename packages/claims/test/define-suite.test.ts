import { describe, expect, it } from 'vitest';
import type { ClaimSpec } from '../src/spec/claim-spec.ts';
import { defineSuite } from '../src/spec/define-suite.ts';
import { replicateCells } from '../src/spec/replicate-cells.ts';

const claim = (over: Partial<ClaimSpec> = {}): ClaimSpec => ({
  id: 's.ok',
  source: { paper: 'p', where: 'Fig. 1' },
  statement: 'a statement',
  quantity: 'q',
  expected: { value: 1, tolerance: 0.1 },
  rule: 'band',
  lowestTier: 'smoke',
  control: { description: 'c' },
  usesBackend: false,
  cells: () => replicateCells(2),
  run: async () => 1,
  measure: () => ({ value: 1, interval: [1, 1] }),
  ...over,
});
const suite = (claims: ClaimSpec[]) => ({ name: 's', short: 's', title: 'S', claims });

describe('replicateCells(replicates, grid)', () => {
  it('gives the claim and the control the same grid, in order', () => {
    expect(replicateCells(2, [{ e: 1 }, { e: 2 }]).map((c) => `${c.arm}:${c.params.e}:${c.replicate}`)).toEqual([
      'claim:1:0',
      'claim:1:1',
      'claim:2:0',
      'claim:2:1',
      'control:1:0',
      'control:1:1',
      'control:2:0',
      'control:2:1',
    ]);
  });
});

describe('defineSuite(spec)', () => {
  it('accepts a well-formed suite', () => {
    expect(defineSuite(suite([claim()])).claims).toHaveLength(1);
  });
  it('rejects a claim id outside the suite prefix', () => {
    expect(() => defineSuite(suite([claim({ id: 'other.ok' })]))).toThrow(/must start with "s\."/);
  });
  it('rejects duplicate ids', () => {
    expect(() => defineSuite(suite([claim(), claim()]))).toThrow(/duplicate claim s\.ok/);
  });
  it('rejects a claim without control cells', () => {
    const noControl = claim({ cells: () => replicateCells(2).filter((c) => c.arm === 'claim') });
    expect(() => defineSuite(suite([noControl]))).toThrow(/needs claim and control cells/);
  });
  it('rejects a claim without a source', () => {
    expect(() => defineSuite(suite([claim({ source: { paper: '', where: '' } })]))).toThrow(/source/);
  });
});
