import { describe, expect, it } from 'vitest';
import { cellSeed } from '../src/run/plan-cells.ts';
import type { CellSpec } from '../src/spec/claim-spec.ts';

const cell = (params: CellSpec['params'], seedFrom?: string[], replicate = 0): CellSpec => ({
  arm: 'claim',
  params,
  replicate,
  ...(seedFrom ? { seedFrom } : {}),
});
const seedOf = (c: CellSpec, base = 0) => cellSeed('toy', 'toy.claim', c, base);

describe('cellSeed', () => {
  it('depends on every param by default', () => {
    expect(seedOf(cell({ side: 2, dim: 1 }))).not.toBe(seedOf(cell({ side: 2, dim: 4 })));
    expect(seedOf(cell({ side: 2, dim: 1 }))).toBe(seedOf(cell({ dim: 1, side: 2 })));
  });

  it('with seedFrom, pairs the cells that differ only in the other params', () => {
    const a = seedOf(cell({ side: 2, dim: 1 }, ['side']));
    expect(seedOf(cell({ side: 2, dim: 4 }, ['side']))).toBe(a);
    expect(seedOf(cell({ side: 3, dim: 1 }, ['side']))).not.toBe(a);
    expect(seedOf(cell({ side: 2, dim: 1 }, ['side'], 1))).not.toBe(a);
    expect(seedOf(cell({ side: 2, dim: 1 }, ['side']), 1)).not.toBe(a);
    expect(seedOf({ ...cell({ side: 2, dim: 1 }, ['side']), arm: 'control' })).not.toBe(a);
  });

  it('refuses a seedFrom name that is not a param', () => {
    expect(() => seedOf(cell({ side: 2, dim: 1 }, ['sides']))).toThrow(/seedFrom names "sides"/);
  });
});
