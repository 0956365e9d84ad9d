import { createRng } from '@repro/tensor';
import { describe, expect, it } from 'vitest';
import {
  baseLearningRate,
  countDistinct,
  drawChoices,
  encodeAll0,
  expandTree,
  type HierarchyParams,
  hierarchyDataset,
  hierarchyModel,
  maxDistinctInputs,
  placements,
  redrawChoices,
} from '../src/index.ts';

const params = (over: Partial<HierarchyParams> = {}): HierarchyParams => ({
  v: 3,
  classes: 3,
  m: 3,
  s: 2,
  depth: 2,
  s0: 0,
  sparsity: 'A',
  ...over,
});

describe('placements(p)', () => {
  it('sparsity A has (s0+1)^s placements, B has C(s(s0+1), s); each is a permutation keeping the informative order', () => {
    expect(placements(params({ s0: 2 })).length).toBe(9);
    expect(placements(params({ s0: 2, sparsity: 'B' })).length).toBe(15);
    expect(placements(params({ s: 3, v: 4, m: 4, classes: 4, s0: 1 })).length).toBe(8);
    for (const perm of placements(params({ s0: 2, sparsity: 'B' }))) {
      expect([...perm].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5]);
      const informative = perm.map((c, j) => ({ c, j })).filter(({ c }) => c === 2 || c === 5);
      expect(informative.map(({ c }) => c)).toEqual([2, 5]);
    }
    expect(placements(params())).toEqual([[0, 1]]);
  });
  it('sparsity A keeps every informative token inside its own sub-block', () => {
    for (const perm of placements(params({ s0: 3 }))) {
      expect(Math.floor(perm.indexOf(3) / 4)).toBe(0);
      expect(Math.floor(perm.indexOf(7) / 4)).toBe(1);
    }
  });
});

describe('hierarchyModel(p, rng)', () => {
  it('deals rules without replacement: no s-tuple is produced by two symbols of a level', () => {
    const model = hierarchyModel(params({ v: 4, m: 4, classes: 4, s0: 1 }), createRng(1));
    for (const level of model.rules) {
      const seen = new Set<string>();
      let count = 0;
      level.slice(0, 4).forEach((patches) => {
        for (const patch of patches) {
          seen.add(patch.join(','));
          count += 1;
        }
      });
      expect(seen.size).toBe(count);
      expect(count).toBe(16);
    }
  });
  it('draws the same grammar from one rules seed at every s0 and sparsity, another from another seed', () => {
    // The informative tuples of every symbol's rules, blanks stripped (the blank's own rule left out).
    const grammar = (over: Partial<HierarchyParams>, seed: number) =>
      hierarchyModel(params(over), createRng(seed)).rules.map((level) =>
        level.slice(0, 3).map((patches) => patches.map((patch) => patch.filter((t) => t !== 3).join(''))),
      );
    const at0 = grammar({ s0: 0 }, 7);
    expect(grammar({ s0: 1 }, 7)).toEqual(at0);
    expect(grammar({ s0: 4 }, 7)).toEqual(at0);
    expect(grammar({ s0: 2, sparsity: 'B' }, 7)).toEqual(at0);
    expect(grammar({ s0: 1 }, 8)).not.toEqual(at0);
  });
  it('has the blank → all-blank rule below the top when s0 > 0, none at the top, none when s0 = 0', () => {
    const model = hierarchyModel(params({ s0: 2 }), createRng(2));
    expect(model.rules[0]?.[3]).toBeUndefined();
    expect(model.rules[1]?.[3]).toEqual(Array.from({ length: 3 }, () => new Array(6).fill(3)));
    expect(hierarchyModel(params(), createRng(2)).rules[1]?.[3]).toBeUndefined();
  });
  it('lays a rule out canonically: blanks first in every sub-block, the token in its last slot', () => {
    const model = hierarchyModel(params({ s0: 2 }), createRng(3));
    for (const patch of model.rules[0]?.[0] ?? []) {
      expect(patch.filter((t, j) => j % 3 !== 2 && t !== 3)).toEqual([]);
      expect(patch.filter((t, j) => j % 3 === 2 && t < 3).length).toBe(2);
    }
  });
  it('throws when v^s < m·max(n_c, v)', () => {
    expect(() => hierarchyModel(params({ m: 4 }), createRng(0))).toThrow(RangeError);
  });
});

describe('countDistinct / maxDistinctInputs (s0 = 0)', () => {
  it('the RHM produces exactly Pmax = n_c·m^{(s^L−1)/(s−1)} distinct inputs', () => {
    const p = params();
    const model = hierarchyModel(p, createRng(4));
    const total = [0, 1, 2].reduce((s, c) => s + countDistinct(model, c, 3000, createRng(10 + c)), 0);
    expect(maxDistinctInputs(p)).toBe(81);
    expect(total).toBe(81);
    const q = params({ v: 2, m: 2, classes: 2, depth: 3 });
    const deep = hierarchyModel(q, createRng(5));
    expect(countDistinct(deep, 0, 20000, createRng(6)) + countDistinct(deep, 1, 20000, createRng(7))).toBe(
      maxDistinctInputs(q),
    );
    expect(maxDistinctInputs(q)).toBe(256);
  });
  it('s0 > 0 multiplies the distinct inputs by the placements of every non-blank patch', () => {
    const p = params({ v: 2, m: 2, classes: 2, depth: 2, s0: 1 });
    const model = hierarchyModel(p, createRng(8));
    // 2 classes × m^3 rule choices × (2^2 placements)^3 non-blank patches = 2·8·64.
    const total = countDistinct(model, 0, 40000, createRng(9)) + countDistinct(model, 1, 40000, createRng(10));
    expect(total).toBe(2 * 8 * 64);
  });
});

describe('expandTree / hierarchyDataset', () => {
  it('an SRHM input has length (s(s0+1))^L with exactly s^L informative tokens', () => {
    for (const sparsity of ['A', 'B'] as const) {
      const p = params({ s0: 2, depth: 3, sparsity });
      const model = hierarchyModel(p, createRng(11));
      const x = expandTree(model, drawChoices(model, 1, createRng(12)));
      expect(x.length).toBe(216);
      expect([...x].filter((t) => t < 3).length).toBe(8);
    }
  });
  it('draws distinct points per class and refuses more than exist', () => {
    const model = hierarchyModel(params(), createRng(13));
    const data = hierarchyDataset(model, 20, createRng(14));
    for (const cls of data) expect(new Set(cls.tokens.map((t) => t.join())).size).toBe(20);
    expect(() => hierarchyDataset(model, 28, createRng(15))).toThrow(/only 27 distinct/);
  });
});

describe('redrawChoices(model, base, kind, level, rng)', () => {
  it('re-draws only the named kind at levels ≥ level, so the class never changes', () => {
    const p = params({ s0: 1, depth: 3 });
    const model = hierarchyModel(p, createRng(16));
    const base = drawChoices(model, 2, createRng(17));
    const pos = redrawChoices(model, base, 'placement', 2, createRng(18));
    expect(pos.synonym).toEqual(base.synonym);
    expect(pos.placement.slice(0, 2)).toEqual(base.placement.slice(0, 2));
    expect(pos.placement[2]).not.toEqual(base.placement[2]);
    const sem = redrawChoices(model, base, 'synonym', 2, createRng(19));
    expect(sem.placement).toEqual(base.placement);
    expect(sem.synonym.slice(0, 2)).toEqual(base.synonym.slice(0, 2));
    // A lowest-level placement re-draw moves tokens only within their lowest-level patch.
    const a = expandTree(model, base);
    const b = expandTree(model, pos);
    for (let k = 0; k < a.length; k += 4) {
      expect([...a.slice(k, k + 4)].sort()).toEqual([...b.slice(k, k + 4)].sort());
    }
  });
});

describe('encodeAll0(p, tokens)', () => {
  it('is one-hot without the blank channel, whitened: active 1, inactive and blank −1/√(v−1)', () => {
    const p = params({ v: 5, s0: 1 });
    const x = encodeAll0(p, Int32Array.from([0, 5, 4]));
    const c = -0.5;
    expect([...x]).toEqual([1, c, c, c, c, c, c, c, c, c, c, c, c, c, 1]);
  });
});

describe('baseLearningRate(net, s, L, s0)', () => {
  it('is the authors’ table', () => {
    expect(baseLearningRate('cnn', 2, 2, 1)).toBe(0.1);
    expect(baseLearningRate('cnn', 2, 2, 4)).toBe(0.03);
    expect(baseLearningRate('cnn', 2, 2, 6)).toBe(0.01);
    expect(baseLearningRate('cnn', 2, 3, 2)).toBe(0.01);
    expect(baseLearningRate('cnn', 2, 3, 4)).toBe(0.003);
    expect(baseLearningRate('cnn', 2, 2, 0)).toBe(0.01);
    expect(baseLearningRate('cnn', 3, 2, 6)).toBe(0.0003);
    expect(baseLearningRate('lcn', 2, 3, 2)).toBe(0.01);
    expect(baseLearningRate('lcn', 2, 3, 4)).toBe(0.003);
    expect(baseLearningRate('lcn', 3, 2, 0)).toBe(0.003);
  });
});
