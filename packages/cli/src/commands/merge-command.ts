import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type LoadedSuite, type MergeProblem, mergeRuns, writeResults } from '@repro/claims';
import { writableDir } from '../run-options.ts';
import { UsageError } from '../usage-error.ts';
import { readResultsFile } from './read-results-file.ts';
import { type Io, printRuns } from './run-command.ts';

export const PROBLEMS_NAME = 'merge-problems.json';

const name = (p: MergeProblem) =>
  `${p.key.slice(0, 8)} (${p.claim} ${p.arm} ${JSON.stringify(p.params)} #${p.replicate})`;

/**
 * `repro merge DIR… --out DIR`: shards → one results.json, every claim decided over all cells. A merge that
 * lacks a cell or holds one twice decides nothing: it writes OUT/merge-problems.json (every such cell by key)
 * and stops with one line and exit status 2.
 */
export function mergeCommand(all: LoadedSuite[], dirs: string[], out: string, io: Io): number {
  if (dirs.length === 0) throw new UsageError('merge needs at least one results directory');
  const inputs = dirs.map((dir) => ({ dir, results: readResultsFile(dir, 'merge') }));
  const outDir = writableDir(out, '--out');
  if (dirs.some((d) => resolve(d) === outDir)) throw new UsageError('--out must differ from the merged directories');
  let merged: ReturnType<typeof mergeRuns>;
  try {
    merged = mergeRuns(inputs, outDir, all);
  } catch (error) {
    if (error instanceof Error && /is not in this checkout/.test(error.message)) throw new UsageError(error.message);
    throw error;
  }
  if (merged.status === 'incomplete') {
    const { expected, missing, duplicated, absentShards } = merged;
    writeFileSync(
      join(outDir, PROBLEMS_NAME),
      `${JSON.stringify({ expected, missing, duplicated, absentShards }, null, 2)}\n`,
    );
    const parts = [
      missing.length > 0
        ? `${missing.length} missing (${missing.slice(0, 2).map(name).join(', ')}${missing.length > 2 ? ', …' : ''})`
        : '',
      duplicated.length > 0
        ? `${duplicated.length} in several directories (${duplicated.slice(0, 2).map(name).join(', ')}${duplicated.length > 2 ? ', …' : ''})`
        : '',
    ].filter(Boolean);
    const absent = absentShards.length > 0 ? `; no directory holds shard ${absentShards.join(', ')}` : '';
    throw new UsageError(
      `merge: of ${expected} expected cells, ${parts.join(' and ')}${absent}; nothing decided, every cell listed in ${join(outDir, PROBLEMS_NAME)}`,
    );
  }
  writeResults(outDir, merged.runs);
  return printRuns(
    merged.runs,
    io,
    `merged ${dirs.length} directories (${merged.cells} cells) into ${outDir}/results.json`,
  );
}
