import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repro, root } from './cli-helpers.ts';
import { type SlurmCluster, slurmUnavailable, startSlurm } from './slurm-cluster.ts';

const unavailable = slurmUnavailable();
const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const script = (name: string) => join(root, 'scripts', 'slurm', name);
const SHARDS = 4;

type Claim = { id: string; verdict: string; measured: unknown; control: unknown };
const claimsOf = (dir: string) =>
  (JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as { runs: { claims: Claim[] }[] }).runs
    .flatMap((r) => r.claims)
    .map(({ id, verdict, measured, control }) => ({ id, verdict, measured, control }));

/** Waits until none of the job's tasks is pending or running; returns `id state` per task. */
async function waitForJob(cluster: SlurmCluster, id: string, ms: number): Promise<string[]> {
  const deadline = Date.now() + ms;
  for (;;) {
    const out = execFileSync('squeue', ['-h', '-j', id, '-t', 'all', '-o', '%i %T'], {
      env: cluster.env,
      encoding: 'utf8',
    });
    const tasks = out.trim().split('\n').filter(Boolean);
    if (tasks.length > 0 && !tasks.some((t) => /PENDING|RUNNING|CONFIGURING|COMPLETING/.test(t))) return tasks.sort();
    if (Date.now() > deadline) throw new Error(`job ${id} still running after ${ms / 1000} s: ${tasks.join(', ')}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe.skipIf(unavailable !== null)(
  `the calibration quick tier through a Slurm job array (${unavailable ?? 'slurm-wlm'})`,
  () => {
    let cluster: SlurmCluster;
    let reference = '';
    beforeAll(async () => {
      cluster = await startSlurm();
    }, 600_000);
    afterAll(async () => {
      await cluster?.stop();
    });

    it('sbatch --array=0-3 runs the example script with --shard auto; the merge job gives the unsharded verdicts', async () => {
      const out = join(cluster.dir, 'results');
      const env = {
        ...cluster.env,
        SUITE: 'calibration',
        TIER: 'quick',
        OUT: out,
        REPRO: `${process.execPath} --import tsx ${main}`,
        REPRO_ROOT: root,
      };
      const sbatch = (args: string[]) =>
        execFileSync('sbatch', ['--parsable', '--cpus-per-task=1', '--mem=512M', ...args], {
          env,
          encoding: 'utf8',
        }).trim();
      const array = sbatch([
        `--array=0-${SHARDS - 1}`,
        `--output=${cluster.dir}/shard-%a.out`,
        script('repro-array.sbatch'),
      ]);
      const merge = sbatch([
        `--dependency=afterany:${array}`,
        `--output=${cluster.dir}/merge.out`,
        script('repro-merge.sbatch'),
      ]);

      // Meanwhile, the same cells unsharded, for comparison.
      reference = join(cluster.dir, 'unsharded');
      const straight = new Promise<number | null>((resolve) => {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', main, 'run', 'calibration', '--tier', 'quick', '--jobs', '1', '--out', reference],
          {
            cwd: root,
            stdio: 'ignore',
          },
        );
        child.on('exit', resolve);
      });

      // Four node processes on two cores, beside the unsharded run and other packages' tests: give them room.
      const tasks = await waitForJob(cluster, array, 600_000);
      const logs = () =>
        readdirSync(cluster.dir)
          .filter((f) => f.endsWith('.out'))
          .map((f) => readFileSync(join(cluster.dir, f), 'utf8'))
          .join('\n');
      expect(tasks, logs()).toEqual([0, 1, 2, 3].map((i) => `${array}_${i} COMPLETED`));
      expect(await waitForJob(cluster, merge, 180_000), logs() + cluster.log()).toEqual([`${merge} COMPLETED`]);
      expect(await straight).toBe(0);

      // Each task ran shard I/4 of the same cells.
      const shards = [0, 1, 2, 3].map((i) => JSON.parse(readFileSync(join(out, `shard-${i}`, 'results.json'), 'utf8')));
      expect(shards.map((s) => s.runs[0].shard)).toEqual(['1/4', '2/4', '3/4', '4/4']);
      const cells = [0, 1, 2, 3].map(
        (i) =>
          readFileSync(join(out, `shard-${i}`, 'cells.ndjson'), 'utf8')
            .trim()
            .split('\n').length,
      );
      const total = readFileSync(join(reference, 'cells.ndjson'), 'utf8').trim().split('\n').length;
      expect(cells.reduce((a, b) => a + b, 0)).toBe(total);
      expect(Math.max(...cells) - Math.min(...cells)).toBeLessThanOrEqual(1);

      expect(readFileSync(join(cluster.dir, 'merge.out'), 'utf8')).toMatch(
        new RegExp(`merged 4 directories \\(${total} cells\\)`),
      );
      expect(existsSync(join(out, 'report', 'index.html'))).toBe(true);
      const merged = claimsOf(join(out, 'merged'));
      expect(merged.map((c) => c.id)).toEqual([
        'calibration.slope-coverage',
        'calibration.threshold-crossing',
        'calibration.planted-linear',
      ]);
      expect(merged).toEqual(claimsOf(reference));
      console.info(
        `slurm: ${SHARDS} shards of ${cells.join(' + ')} = ${total} cells; verdicts ${merged.map((c) => c.verdict).join(', ')}`,
      );
    }, 900_000);

    it('a merge of three of the four shards exits 2 and names shard 3/4', () => {
      const out = join(cluster.dir, 'results');
      const r = repro([
        'merge',
        ...[0, 1, 3].map((i) => join(out, `shard-${i}`)),
        '--out',
        join(cluster.dir, 'partial'),
      ]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^repro: merge: of \d+ expected cells, \d+ missing .*no directory holds shard 3\/4/);
    });
  },
);
