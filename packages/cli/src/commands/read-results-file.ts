import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RESULTS_NAME, type ResultsFile, TIERS } from '@repro/claims';
import { z } from 'zod';
import { UsageError } from '../usage-error.ts';

// JSON writes ±Infinity and NaN as null: an open interval end reads back as null.
const end = z.number().nullable();
const measured = z.object({ value: end, interval: z.tuple([end, end]).nullable() });
const verdict = z.enum(['pass', 'fail', 'inconclusive', 'skipped', 'error']);
const claim = z.looseObject({
  id: z.string(),
  verdict,
  reason: z.string(),
  measured: measured.nullable(),
  expected: z.looseObject({ value: z.number(), tolerance: z.number() }),
  control: z.looseObject({ verdict, measured: measured.nullable() }).nullable(),
  cells: z.object({ total: z.number(), done: z.number() }).optional(),
});
const run = z.looseObject({
  suite: z.string(),
  tier: z.enum(TIERS),
  backend: z.string(),
  seed: z.number(),
  durationS: z.number(),
  shard: z.string().optional(),
  provenance: z.looseObject({ commit: z.string(), code: z.string(), flags: z.record(z.string(), z.unknown()) }),
  claims: z.array(claim),
});
/** The shape every reader of a results file relies on; extra fields are kept. */
const resultsFile = z.object({ schema: z.literal(1), runs: z.array(run) });

/**
 * Reads a results.json given as a file or as the directory holding it. A missing, unreadable, non-JSON or
 * foreign file is a usage error naming the first field that does not fit.
 */
export function readResultsFile(path: string, flag: string): ResultsFile {
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, RESULTS_NAME) : path;
  if (!existsSync(file)) throw new UsageError(`${flag} ${path}: no ${RESULTS_NAME} there (run \`repro run\` first)`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code ?? (error as Error).message.split('\n')[0];
    throw new UsageError(`${flag} ${file} is not ${code ? 'readable' : 'JSON'} (${why})`);
  }
  const checked = resultsFile.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw new UsageError(`${flag} ${file} is not a schema-1 results file (${where}${issue?.message ?? 'invalid'})`);
  }
  return checked.data as unknown as ResultsFile;
}
