import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../src/store/canonical-json.ts';
import { type CellIdentity, cellKey } from '../src/store/cell-key.ts';
import type { CellRecord } from '../src/store/cell-record.ts';
import { CellStore } from '../src/store/cell-store.ts';

const identity: CellIdentity = {
  suite: 's',
  claim: 's.c',
  arm: 'claim',
  params: { d: 8, lr: 0.1 },
  replicate: 0,
  seed: 42,
  backend: 'wasm',
  tier: 'smoke',
  code: 'abc',
};
const record = (over: Partial<CellIdentity>, output: number): CellRecord => {
  const id = { ...identity, ...over };
  return { ...id, key: cellKey(id), durationMs: 1, finishedAt: 'now', status: 'ok', output };
};

describe('canonicalJson(value)', () => {
  it('sorts keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[1,{"x":1,"y":2}]},"b":1}',
    );
  });
});

describe('cellKey(identity)', () => {
  it('ignores key order but changes with every field', () => {
    expect(cellKey({ ...identity, params: { lr: 0.1, d: 8 } })).toBe(cellKey(identity));
    for (const change of [
      { backend: 'cpu' },
      { tier: 'quick' as const },
      { code: 'abd' },
      { seed: 43 },
      { replicate: 1 },
      { arm: 'control' as const },
    ]) {
      expect(cellKey({ ...identity, ...change })).not.toBe(cellKey(identity));
    }
  });
});

describe('CellStore(path)', () => {
  it('reads back what it appended, skips a torn last line and appends cleanly after it', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'store-')), 'cells.ndjson');
    const store = new CellStore(path);
    const a = record({ replicate: 0 }, 1);
    store.append(a);
    store.append({ ...record({ replicate: 1 }, 0), status: 'error', error: 'boom' } as CellRecord);
    appendFileSync(path, '{"key":"torn","sta');
    const again = new CellStore(path);
    expect(again.torn).toBe(1);
    expect(again.size).toBe(1);
    expect(again.has(a.key)).toBe(true);
    expect(again.get(a.key)).toMatchObject({ status: 'ok', output: 1 });
    const b = record({ replicate: 2 }, 3);
    again.append(b);
    const third = new CellStore(path);
    expect(third.size).toBe(2);
    expect(third.torn).toBe(1);
    expect(readFileSync(path, 'utf8').split('\n').filter(Boolean)).toHaveLength(4);
  });
});
