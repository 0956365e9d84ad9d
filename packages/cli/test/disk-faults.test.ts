import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { oneLineError, repro, reproChild } from './cli-helpers.ts';

const CLAIM = 'calibration.slope-coverage';
const WORDS = ['run', CLAIM, '--tier', 'smoke', '--jobs', '2'];
const TOTAL = 80;

/** Whole records in a store; throws on a line that does not parse (a torn line left behind). */
const records = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { key: string; status: string });

/** A size-limited tmpfs needs root and mount rights (CAP_SYS_ADMIN); without them the test says so. */
const mountable = (() => {
  if (process.getuid?.() !== 0) return 'needs root to mount a small tmpfs';
  const probe = mkdtempSync(join(tmpdir(), 'mount-probe-'));
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', probe]);
  if (r.status !== 0) return `mount -t tmpfs failed: ${String(r.stderr).trim()}`;
  spawnSync('umount', [probe]);
  return null;
})();
const mounts: string[] = [];
const mountTmpfs = (size: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'small-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  mounts.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of mounts) spawnSync('umount', ['-l', dir]);
});

describe.skipIf(mountable !== null)(`a store that fills its disk or turns read-only (${mountable ?? 'tmpfs'})`, () => {
  it('disk full: one line, exit 2, every cell written before kept whole; a rerun with room resumes', () => {
    const disk = mountTmpfs('16k');
    const out = join(disk, 'out');
    // Progress lines come first on stderr; the error is the one last line.
    const r = repro([...WORDS, '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const line = r.stderr.trim().split('\n').at(-1);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    const kept = records(join(out, 'cells.ndjson'));
    expect(line).toMatch(
      new RegExp(
        `^repro: cannot write .*cells\\.ndjson \\(ENOSPC on write\\); the ${kept.length} cells finished before are kept`,
      ),
    );
    expect(kept.length).toBeGreaterThan(5);
    console.info(`disk full: ${kept.length} of ${TOTAL} cells kept whole, then ENOSPC`);
    expect(kept.length).toBeLessThan(TOTAL);

    execFileSync('mount', ['-o', 'remount,size=1m', disk]);
    const resumed = repro([...WORDS, '--out', out]);
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toContain(`${TOTAL} cells, ${kept.length} already in the store`);
    expect(records(join(out, 'cells.ndjson'))).toHaveLength(TOTAL);
  }, 360_000);

  it('read-only mid-run: one line, exit 2, nothing written before lost', async () => {
    const disk = mountTmpfs('1m');
    const out = join(disk, 'out');
    const store = join(out, 'cells.ndjson');
    const child = reproChild([...WORDS, '--out', out]);
    let stderr = '';
    child.stderr?.on('data', (d) => {
      stderr += d;
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const count = () => {
      try {
        return records(store).length;
      } catch {
        return 0;
      }
    };
    while (count() < 10) await new Promise((r) => setTimeout(r, 20));
    execFileSync('mount', ['-o', 'remount,ro', disk]);
    const before = count();
    expect(await exited).toBe(2);
    expect(stderr.trim().split('\n').at(-1)).toMatch(/^repro: cannot write .*cells\.ndjson \(EROFS/);
    const after = records(store);
    expect(after.length).toBeGreaterThanOrEqual(before);
    console.info(`read-only: ${before} cells before the remount, ${after.length} kept`);
    expect(after.length).toBeLessThan(TOTAL);
  }, 360_000);
});

describe('a store that is not a file', () => {
  it('one line, exit 2', () => {
    const out = mkdtempSync(join(tmpdir(), 'not-a-file-'));
    mkdirSync(join(out, 'cells.ndjson'));
    expect(oneLineError(repro([...WORDS, '--out', out]))).toMatch(/cells\.ndjson is not a regular file$/);
    rmSync(out, { recursive: true });
  }, 600_000);
});
