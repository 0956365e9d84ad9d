export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Parses `I/N` with 1 ≤ I ≤ N; returns an error message for anything else. */
export function parseShard(text: string): Shard | string {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return `--shard takes I/N (e.g. 1/4) or auto, got "${text}"`;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count) return `--shard ${text}: need 1 ≤ I ≤ N`;
  return { index, count };
}

const SLURM = ['SLURM_ARRAY_TASK_ID', 'SLURM_ARRAY_TASK_COUNT', 'SLURM_ARRAY_TASK_MIN', 'SLURM_ARRAY_TASK_MAX'];

/**
 * The shard of a Slurm array task (`--shard auto`): shard SLURM_ARRAY_TASK_ID − SLURM_ARRAY_TASK_MIN + 1 of
 * SLURM_ARRAY_TASK_COUNT. The array must be one contiguous range with step 1 (`--array=0-3`, `1-8%2`), so
 * that the tasks are exactly the shards 1…N; anything else is an error message, never a guess.
 */
export function shardFromEnv(env: Record<string, string | undefined>): Shard | string {
  const absent = SLURM.slice(0, 2).filter((name) => env[name] === undefined || env[name] === '');
  if (absent.length > 0) {
    return `--shard auto reads the Slurm array variables, but ${absent.join(' and ')} ${absent.length > 1 ? 'are' : 'is'} not set (submit with sbatch --array=0-N, or pass --shard I/N)`;
  }
  const value: Record<string, number | undefined> = {};
  for (const name of [...SLURM, 'SLURM_ARRAY_TASK_STEP']) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    if (!/^\d{1,9}$/.test(raw)) return `--shard auto: ${name}="${raw}" is not a whole number`;
    value[name] = Number(raw);
  }
  const id = value.SLURM_ARRAY_TASK_ID as number;
  const count = value.SLURM_ARRAY_TASK_COUNT as number;
  const min = value.SLURM_ARRAY_TASK_MIN ?? 0;
  const max = value.SLURM_ARRAY_TASK_MAX ?? min + count - 1;
  const step = value.SLURM_ARRAY_TASK_STEP ?? 1;
  if (count < 1) return '--shard auto: SLURM_ARRAY_TASK_COUNT is 0';
  if (step !== 1 || max - min + 1 !== count) {
    return `--shard auto needs a contiguous array (e.g. --array=0-${count - 1}), got ${count} tasks over ${min}-${max} step ${step}`;
  }
  if (id < min || id > max) return `--shard auto: SLURM_ARRAY_TASK_ID=${id} is outside the array ${min}-${max}`;
  return { index: id - min + 1, count };
}

/** Cells are dealt round-robin in their deterministic order, so shards balance across claims. */
export function inShard(position: number, shard: Shard | undefined): boolean {
  return shard === undefined || position % shard.count === shard.index - 1;
}
