import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oneLineError, repro } from './cli-helpers.ts';

describe('repro report after repro run', () => {
  it('writes a self-contained index.html and ends with the claims line', () => {
    const results = mkdtempSync(join(tmpdir(), 'run-'));
    const reports = mkdtempSync(join(tmpdir(), 'report-'));
    const ran = repro(['run', 'calibration.threshold-crossing', '--tier', 'smoke', '--out', results]);
    expect(ran.status).toBe(0);
    const r = repro(['report', '--in', results, '--out', reports]);
    expect(r.status).toBe(0);
    const html = join(reports, 'index.html');
    expect(existsSync(html)).toBe(true);
    expect(statSync(html).size).toBeGreaterThan(10_000);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('calibration.threshold-crossing');
    expect(page).not.toMatch(/<script[^>]+src=/);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('claims: 1 passed, 0 failed');

    // a bench.json beside results.json becomes the performance page; a foreign one is a one-line error
    const bench = {
      schema: 1,
      startedAt: '2026-11-22T12:00:00.000Z',
      durationS: 1,
      options: {},
      machine: { cpus: 2, model: 'Toy CPU', node: 'v20', loadavg: [0.1, 0.1, 0.1] },
      sides: [{ label: 'wasm' }],
      workloads: [
        {
          workload: 'matmul-toy',
          description: 'toy',
          engine: 'tfjs',
          params: {},
          flops: 1e9,
          flopsNote: '',
          sides: [{ state: 'completed', side: 'wasm', firstMs: 1, warmupMs: [], rounds: [], medianMs: 40, gflops: 25 }],
        },
      ],
    };
    writeFileSync(join(results, 'bench.json'), JSON.stringify(bench));
    const withBench = repro(['report', '--in', results, '--out', reports]);
    expect(withBench.status).toBe(0);
    expect(withBench.stdout.split('\n')[0]).toMatch(/with the performance page \(1 bench workload\)$/);
    expect(readFileSync(html, 'utf8')).toContain('matmul-toy');
    writeFileSync(join(results, 'bench.json'), JSON.stringify({ ...bench, workloads: [{ workload: 3 }] }));
    expect(oneLineError(repro(['report', '--in', results, '--out', reports]))).toMatch(
      /^repro: --in .*bench\.json is not a repro bench result \(workloads\.0\.workload: /,
    );
  }, 600_000);
});
