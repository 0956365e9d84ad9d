import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repro, reproChild } from './cli-helpers.ts';

const lines = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean).length : 0);
const claimsOf = (dir: string) =>
  (
    JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as {
      runs: { claims: { id: string; verdict: string; measured: unknown; control: unknown }[] }[];
    }
  ).runs
    .flatMap((r) => r.claims)
    .map(({ id, verdict, measured, control }) => ({ id, verdict, measured, control }));

const CLAIM = 'calibration.slope-coverage';
const WORDS = ['run', CLAIM, '--tier', 'quick', '--jobs', '2'];

describe('repro run killed mid-way', () => {
  it('resumes: the rerun skips the finished cells and gives the verdicts of an uninterrupted run', async () => {
    const killed = mkdtempSync(join(tmpdir(), 'resume-'));
    const store = join(killed, 'cells.ndjson');
    const child = reproChild([...WORDS, '--out', killed]);
    const exited = new Promise((resolve) => child.on('exit', resolve));
    await new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        if (lines(store) >= 100) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      }, 20);
      child.on('exit', () => {
        clearInterval(poll);
        reject(new Error('the run finished before it could be killed'));
      });
    });
    await exited;
    const before = lines(store);
    expect(before).toBeGreaterThanOrEqual(100);
    expect(before).toBeLessThan(1600);
    expect(existsSync(join(killed, 'results.json'))).toBe(false);

    const resumed = repro([...WORDS, '--out', killed]);
    expect(resumed.stderr).toMatch(/wasm: 1600 cells, (\d+) already in the store/);
    const cached = Number(/(\d+) already in the store/.exec(resumed.stderr)?.[1]);
    expect(cached).toBeGreaterThanOrEqual(before - 1);
    expect(lines(store)).toBeLessThanOrEqual(1600 + 1);

    const fresh = mkdtempSync(join(tmpdir(), 'fresh-'));
    const straight = repro([...WORDS, '--out', fresh]);
    expect(straight.stderr).toMatch(/1600 cells, 0 already in the store/);
    expect(resumed.stdout.trim().split('\n').at(-1)).toBe(straight.stdout.trim().split('\n').at(-1));
    expect(claimsOf(killed)).toEqual(claimsOf(fresh));
  }, 900_000);
});
