import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LoadedSuite } from '../src/run/loaded-suite.ts';
import { runSuites } from '../src/run/run-suites.ts';
import serial from './fixture/serial-suite.ts';

const path = fileURLToPath(new URL('./fixture/serial-suite.ts', import.meta.url));
const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('a serial suite', () => {
  it('runs its cells one at a time even with two workers', async () => {
    const suite: LoadedSuite = { spec: serial, path, code: 'serial-v1' };
    const out = mkdtempSync(join(tmpdir(), 'serial-'));
    const runs = await runSuites({
      suites: [suite],
      tier: 'smoke',
      backends: ['cpu'],
      seed: 0,
      outDir: out,
      workers: 2,
      root,
    });
    const spans = ((runs[0]?.claims[0]?.detail ?? []) as number[][])
      .slice()
      .sort((a, b) => (a[0] as number) - (b[0] as number));
    expect(spans).toHaveLength(3);
    for (let i = 1; i < spans.length; i += 1) {
      expect(spans[i]?.[0]).toBeGreaterThanOrEqual(spans[i - 1]?.[1] as number);
    }
  }, 600_000);
});
