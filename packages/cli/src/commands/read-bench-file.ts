import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BenchReport } from '@repro/report';
import { z } from 'zod';
import { UsageError } from '../usage-error.ts';

/** The file `repro bench --out DIR` writes (@repro/bench's BENCH_RESULTS_NAME). */
export const BENCH_NAME = 'bench.json';

const end = z.number().nullable();
const side = z.union([
  z.looseObject({
    state: z.literal('completed'),
    side: z.string(),
    medianMs: z.number(),
    gflops: z.number().nullable(),
  }),
  z.looseObject({ state: z.literal('errored'), side: z.string(), error: z.string() }),
]);
const benchFile = z.looseObject({
  schema: z.literal(1),
  startedAt: z.string(),
  machine: z.looseObject({ cpus: z.number(), model: z.string(), node: z.string(), loadavg: z.array(z.number()) }),
  sides: z.array(z.looseObject({ label: z.string(), skipped: z.string().optional() })),
  workloads: z.array(
    z.looseObject({
      workload: z.string(),
      description: z.string(),
      flops: z.number(),
      sides: z.array(side),
      torchBest: z.string().optional(),
      ratioToTorch: z.record(z.string(), z.object({ value: z.number(), interval: z.tuple([end, end]) })).optional(),
    }),
  ),
});

/**
 * The bench.json beside a results.json (`path` is the results directory or the results file), or null when there
 * is none. A bench.json that is not JSON or not a `repro bench` result is a usage error naming the first field
 * that does not fit.
 */
export function readBenchFile(path: string, flag: string): BenchReport | null {
  const dir = existsSync(path) && statSync(path).isDirectory() ? path : dirname(path);
  const file = join(dir, BENCH_NAME);
  if (!existsSync(file)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${flag} ${file} is not JSON (${(error as Error).message.split('\n')[0]})`);
  }
  const checked = benchFile.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw new UsageError(`${flag} ${file} is not a repro bench result (${where}${issue?.message ?? 'invalid'})`);
  }
  return checked.data as unknown as BenchReport;
}
