import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type LoadedSuite, mergeRuns, RESULTS_NAME, writeResults } from '@repro/claims';
import { writableDir } from '../run-options.ts';
import { UsageError } from '../usage-error.ts';
import { type Io, printRuns } from './run-command.ts';

/** `repro merge DIR… --out DIR`: shards → one results.json, every claim decided over all cells. */
export function mergeCommand(all: LoadedSuite[], dirs: string[], out: string, io: Io): number {
  if (dirs.length === 0) throw new UsageError('merge needs at least one results directory');
  for (const dir of dirs) {
    if (!existsSync(join(dir, RESULTS_NAME))) throw new UsageError(`${dir} has no ${RESULTS_NAME}`);
  }
  const outDir = writableDir(out, '--out');
  if (dirs.some((d) => resolve(d) === outDir)) throw new UsageError('--out must differ from the merged directories');
  const runs = mergeRuns(dirs, outDir, all);
  writeResults(outDir, runs);
  return printRuns(runs, io, `merged ${dirs.length} directories into ${outDir}/results.json`);
}
