import { accessSync, constants, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseShard, type Shard, shardFromEnv, TIERS, type Tier } from '@repro/claims';
import { BACKEND_NAMES, type BackendName } from '@repro/tensor';
import { z } from 'zod';
import { UsageError } from './usage-error.ts';

const schema = z.object({
  tier: z.enum(TIERS, { error: (i) => `--tier must be one of ${TIERS.join(', ')} (got "${String(i.input)}")` }),
  backend: z.enum(['all', ...BACKEND_NAMES] as [string, ...string[]], {
    error: (i) => `--backend must be one of ${[...BACKEND_NAMES, 'all'].join(', ')} (got "${String(i.input)}")`,
  }),
  seed: z.string().regex(/^\d{1,9}$/, { error: (i) => `--seed takes a whole number ≥ 0 (got "${String(i.input)}")` }),
  jobs: z
    .string()
    .regex(/^[1-9]\d{0,2}$/, { error: (i) => `--jobs takes a whole number ≥ 1 (got "${String(i.input)}")` })
    .optional(),
  seeds: z
    .string()
    .regex(/^\d{1,9}(,\d{1,9}){1,9}$/, {
      error: (i) => `--seeds takes 2 to 10 whole numbers separated by commas, e.g. 0,1,2 (got "${String(i.input)}")`,
    })
    .optional(),
  shard: z.string().optional(),
  out: z.string().min(1),
});

export interface RunFlags {
  tier: Tier;
  backends: BackendName[];
  seed: number;
  /** The master seeds to run, in order: `--seeds`, or just `--seed`. */
  seeds: number[];
  jobs?: number;
  shard?: Shard;
  out: string;
}

/** Checks that a directory can be created and written, or says why not in one line. */
export function writableDir(path: string, flag: string): string {
  const dir = resolve(path);
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError(`${flag} ${path} is not a writable directory (${code})`);
  }
  return dir;
}

/**
 * Validates the run flags with one schema; the first problem becomes a one-line usage error.
 * `--shard auto` takes the shard from the Slurm array variables in `env`.
 */
export function parseRunFlags(raw: Record<string, unknown>, env: NodeJS.ProcessEnv = process.env): RunFlags {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new UsageError(parsed.error.issues[0]?.message ?? 'invalid options');
  const { tier, backend, seed, seeds, jobs, shard, out } = parsed.data;
  const seedList = seeds ? seeds.split(',').map(Number) : [Number(seed)];
  if (new Set(seedList).size !== seedList.length) throw new UsageError(`--seeds ${seeds}: each seed once`);
  if (seeds && seed !== '0') throw new UsageError('give --seed or --seeds, not both');
  let shardValue: Shard | undefined;
  if (shard !== undefined) {
    const s = shard.trim() === 'auto' ? shardFromEnv(env) : parseShard(shard);
    if (typeof s === 'string') throw new UsageError(s);
    shardValue = s;
  }
  return {
    tier: tier as Tier,
    backends: backend === 'all' ? [...BACKEND_NAMES] : [backend as BackendName],
    seed: seedList[0] as number,
    seeds: seedList,
    ...(jobs ? { jobs: Number(jobs) } : {}),
    ...(shardValue ? { shard: shardValue } : {}),
    out: writableDir(out, '--out'),
  };
}
