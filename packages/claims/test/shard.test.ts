import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shardFromEnv } from '../src/run/shard.ts';

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

describe('shardFromEnv(env)', () => {
  const env = (id: string, count: string, min?: string, max?: string) => ({
    SLURM_ARRAY_TASK_ID: id,
    SLURM_ARRAY_TASK_COUNT: count,
    ...(min !== undefined ? { SLURM_ARRAY_TASK_MIN: min } : {}),
    ...(max !== undefined ? { SLURM_ARRAY_TASK_MAX: max } : {}),
  });
  it('maps the tasks of --array=0-3 to shards 1/4 … 4/4 and of --array=1-4 likewise', () => {
    expect(['0', '1', '2', '3'].map((id) => shardFromEnv(env(id, '4', '0', '3')))).toEqual(
      [1, 2, 3, 4].map((index) => ({ index, count: 4 })),
    );
    expect(shardFromEnv(env('4', '4', '1', '4'))).toEqual({ index: 4, count: 4 });
    expect(shardFromEnv(env('2', '3'))).toEqual({ index: 3, count: 3 });
  });
  it('names the variables that are not set', () => {
    expect(shardFromEnv({})).toMatch(/SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT are not set/);
    expect(shardFromEnv({ SLURM_ARRAY_TASK_ID: '1' })).toMatch(/SLURM_ARRAY_TASK_COUNT is not set/);
  });
  it('rejects junk, ids outside the array and arrays with gaps or steps', () => {
    expect(shardFromEnv(env('x', '4'))).toMatch(/SLURM_ARRAY_TASK_ID="x" is not a whole number/);
    expect(shardFromEnv(env('4', '4', '0', '3'))).toMatch(/SLURM_ARRAY_TASK_ID=4 is outside the array 0-3/);
    expect(shardFromEnv(env('2', '3', '0', '4'))).toMatch(/contiguous array/);
    expect(shardFromEnv({ ...env('2', '3', '0', '4'), SLURM_ARRAY_TASK_STEP: '2' })).toMatch(/step 2/);
    expect(shardFromEnv(env('0', '0'))).toMatch(/COUNT is 0/);
  });
});
