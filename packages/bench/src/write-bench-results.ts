import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchResults } from './bench-results.ts';

export const BENCH_RESULTS_NAME = 'bench.json';

/** Writes `dir/bench.json` (creating `dir`) and returns its path. */
export function writeBenchResults(dir: string, results: BenchResults): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, BENCH_RESULTS_NAME);
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
  return path;
}
