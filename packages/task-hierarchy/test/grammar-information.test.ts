import { createRng } from '@repro/tensor';
import { describe, expect, it } from 'vitest';
import { grammarInformation, type HierarchyModel, type HierarchyParams, hierarchyModel } from '../src/index.ts';

const params: HierarchyParams = { v: 3, classes: 3, m: 3, s: 2, depth: 1, s0: 0, sparsity: 'A' };
const handMade = (rules: number[][][]): HierarchyModel => ({ params, rules: [rules], perms: [[0, 1]] });

describe('grammarInformation(model)', () => {
  it('is log2 3 when the first token names the symbol and the second says nothing', () => {
    const firstNames = [0, 1, 2].map((k) => [0, 1, 2].map((t) => [k, t]));
    expect(grammarInformation(handMade(firstNames))).toBeCloseTo(Math.log2(3), 12);
  });
  it('is 0 for a Latin-square grammar, where every token appears once under every symbol', () => {
    const latin = [0, 1, 2].map((k) => [0, 1, 2].map((a) => [a, (a + k) % 3]));
    expect(grammarInformation(handMade(latin))).toBeCloseTo(0, 12);
  });
  it('ignores blanks and the blank rule: one rules seed gives the same value at every s0', () => {
    const at = (s0: number) => grammarInformation(hierarchyModel({ ...params, depth: 2, s0 }, createRng(11)));
    expect(at(0)).toBeGreaterThan(0);
    expect(at(1)).toBeCloseTo(at(0), 12);
    expect(at(4)).toBeCloseTo(at(0), 12);
  });
});
