import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { oneLineError, repro } from './cli-helpers.ts';

const CLAIM = 'calibration.threshold-crossing';
const tmp = (what: string) => mkdtempSync(join(tmpdir(), `${what}-`));
const slurm = (id: number, count: number) => ({
  SLURM_ARRAY_TASK_ID: String(id),
  SLURM_ARRAY_TASK_COUNT: String(count),
  SLURM_ARRAY_TASK_MIN: '0',
  SLURM_ARRAY_TASK_MAX: String(count - 1),
});
type Claim = { id: string; verdict: string; measured: unknown; control: unknown; cells?: unknown };
const claimsOf = (dir: string) =>
  (JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as { runs: { shard?: string; claims: Claim[] }[] }).runs
    .flatMap((r) => r.claims)
    .map(({ id, verdict, measured, control, cells }) => ({ id, verdict, measured, control, cells }));

describe('repro run --shard auto and repro merge', () => {
  const shards = [tmp('shard'), tmp('shard')];
  const whole = tmp('whole');
  beforeAll(() => {
    expect(repro(['run', CLAIM, '--tier', 'smoke', '--jobs', '1', '--out', whole]).status).toBe(0);
    for (const [i, dir] of shards.entries()) {
      const r = repro(['run', CLAIM, '--tier', 'smoke', '--jobs', '1', '--shard', 'auto', '--out', dir], slurm(i, 2));
      expect(r.status).toBe(0);
      expect(r.stderr).toMatch(/wasm: 12 cells, 0 already in the store/);
    }
  }, 360_000);

  it('reads shard I/N from the Slurm array variables: two tasks of 0-1 are shards 1/2 and 2/2', () => {
    const runs = shards.map(
      (dir) => (JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as { runs: { shard: string }[] }).runs[0],
    );
    expect(runs.map((r) => r?.shard)).toEqual(['1/2', '2/2']);
  });

  it('merges both shards into the verdicts and values of the unsharded run', () => {
    const out = tmp('merged');
    const r = repro(['merge', ...shards, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/merged 2 directories \(24 cells\)/);
    expect(claimsOf(out)).toEqual(claimsOf(whole));
    expect(claimsOf(out)[0]?.verdict).toBe('pass');
  }, 600_000);

  it('refuses to decide with shard 2/2 absent: exit 2, the missing cells listed by key', () => {
    const out = tmp('partial');
    const line = oneLineError(repro(['merge', shards[0] as string, '--out', out]));
    expect(line).toMatch(
      /^repro: merge: of 24 expected cells, 12 missing \([0-9a-f]{8} \(calibration\.threshold-crossing (claim|control) .*; no directory holds shard 2\/2; nothing decided/,
    );
    expect(existsSync(join(out, 'results.json'))).toBe(false);
    const problems = JSON.parse(readFileSync(join(out, 'merge-problems.json'), 'utf8'));
    expect(problems.missing).toHaveLength(12);
    expect(problems.absentShards).toEqual(['2/2']);
  }, 600_000);

  it('refuses a shard given twice: exit 2, 12 cells in several directories', () => {
    const copy = tmp('copy');
    cpSync(shards[1] as string, copy, { recursive: true });
    const line = oneLineError(repro(['merge', ...shards, copy, '--out', tmp('dup')]));
    expect(line).toMatch(/of 24 expected cells, 12 in several directories/);
  }, 600_000);

  it('turns a corrupt or foreign results.json given to merge or report into one line, exit 2', () => {
    const cases: [string, string, RegExp][] = [
      ['torn', '{"schema": 1, "runs": [{"suite": "calib', /is not JSON \(/],
      ['foreign', '{"name": "left-pad", "version": "1.3.0"}', /is not a schema-1 results file \(schema: /],
      ['schema 2', '{"schema": 2, "runs": []}', /is not a schema-1 results file \(schema: /],
      ['bad run', '{"schema": 1, "runs": [{"suite": 3}]}', /is not a schema-1 results file \(runs\.0\.suite: /],
      ['binary', '\u0000\u0001\u00ff', /is not JSON/],
    ];
    for (const [what, text, message] of cases) {
      const dir = tmp(what.replace(' ', '-'));
      writeFileSync(join(dir, 'results.json'), text);
      expect(oneLineError(repro(['merge', dir, '--out', tmp('out')]))).toMatch(message);
      expect(oneLineError(repro(['report', '--in', dir, '--out', tmp('report')]))).toMatch(message);
    }
  }, 600_000);
});

describe('repro run --shard auto outside a Slurm array', () => {
  it.each([
    [
      { SLURM_ARRAY_TASK_ID: undefined, SLURM_ARRAY_TASK_COUNT: undefined },
      /SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT are not set/,
    ],
    [
      { SLURM_ARRAY_TASK_ID: '5', SLURM_ARRAY_TASK_COUNT: '4', SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_MAX: '3' },
      /TASK_ID=5 is outside the array 0-3/,
    ],
    [
      { SLURM_ARRAY_TASK_ID: '2', SLURM_ARRAY_TASK_COUNT: '2', SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_MAX: '2' },
      /contiguous array/,
    ],
  ])(
    '%o: one line, exit 2',
    (env, message) => {
      expect(oneLineError(repro(['run', CLAIM, '--shard', 'auto', '--out', tmp('auto')], env))).toMatch(message);
    },
    60_000,
  );
});
