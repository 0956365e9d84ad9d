import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ResultsFile, RunResult } from './results-file.ts';

export const RESULTS_NAME = 'results.json';

export function readResults(dir: string): ResultsFile | null {
  const path = join(dir, RESULTS_NAME);
  if (!existsSync(path)) return null;
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as ResultsFile;
  if (parsed.schema !== 1 || !Array.isArray(parsed.runs)) throw new Error(`${path}: not a schema-1 results file`);
  return parsed;
}

const runKey = (r: RunResult) => `${r.suite}|${r.tier}|${r.backend}|${r.seed}|${r.shard ?? ''}`;

/** Replaces runs with the same (suite, tier, backend, seed, shard) and keeps the others; written atomically. */
export function writeResults(dir: string, runs: RunResult[]): ResultsFile {
  const previous = readResults(dir)?.runs ?? [];
  const fresh = new Set(runs.map(runKey));
  const file: ResultsFile = { schema: 1, runs: [...previous.filter((r) => !fresh.has(runKey(r))), ...runs] };
  const path = join(dir, RESULTS_NAME);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, `${JSON.stringify(file, null, 2)}\n`);
  renameSync(`${path}.tmp`, path);
  return file;
}
