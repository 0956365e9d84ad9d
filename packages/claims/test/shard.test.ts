import { describe, expect, it } from 'vitest';
import { inShard, parseShard } from '../src/run/shard.ts';

describe('parseShard(text)', () => {
  it('reads I/N', () => expect(parseShard('2/4')).toEqual({ index: 2, count: 4 }));
  it('rejects I > N, zero and junk with a message', () => {
    expect(parseShard('3/2')).toMatch(/1 ≤ I ≤ N/);
    expect(parseShard('0/2')).toMatch(/1 ≤ I ≤ N/);
    expect(parseShard('a/b')).toMatch(/takes I\/N/);
  });
});

describe('inShard(position, shard)', () => {
  it('deals positions round-robin so the shards partition the cells', () => {
    const shards = [1, 2, 3].map((index) =>
      Array.from({ length: 10 }, (_, i) => i).filter((i) => inShard(i, { index, count: 3 })),
    );
    expect(shards).toEqual([
      [0, 3, 6, 9],
      [1, 4, 7],
      [2, 5, 8],
    ]);
  });
});
