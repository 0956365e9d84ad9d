import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RESULTS_NAME, type ResultsFile } from '@repro/claims';
import { UsageError } from '../usage-error.ts';

/** Reads a results.json given as a file or as the directory holding it; anything else is a usage error. */
export function readResultsFile(path: string, flag: string): ResultsFile {
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, RESULTS_NAME) : path;
  if (!existsSync(file)) throw new UsageError(`${flag} ${path}: no ${RESULTS_NAME} there (run \`repro run\` first)`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${flag} ${file} is not JSON (${(error as Error).message.split('\n')[0]})`);
  }
  const candidate = parsed as Partial<ResultsFile> | null;
  if (candidate?.schema !== 1 || !Array.isArray(candidate.runs)) {
    throw new UsageError(`${flag} ${file} is not a schema-1 results file`);
  }
  return candidate as ResultsFile;
}
