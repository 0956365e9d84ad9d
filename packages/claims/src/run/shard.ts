export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Parses `I/N` with 1 ≤ I ≤ N; returns an error message for anything else. */
export function parseShard(text: string): Shard | string {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return `--shard takes I/N (e.g. 1/4), got "${text}"`;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count) return `--shard ${text}: need 1 ≤ I ≤ N`;
  return { index, count };
}

/** Cells are dealt round-robin in their deterministic order, so shards balance across claims. */
export function inShard(position: number, shard: Shard | undefined): boolean {
  return shard === undefined || position % shard.count === shard.index - 1;
}
