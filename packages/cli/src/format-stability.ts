import { type RunResult, verdictStability } from '@repro/claims';
import pc from 'picocolors';

/**
 * The verdict-stability lines of a results file run with several master seeds (`--seeds`): how many claims
 * keep one verdict at every seed, then one line per unstable claim with its verdict at each seed. Empty when
 * no claim was run with two seeds.
 */
export function formatStability(runs: readonly RunResult[], color: boolean): string {
  const { seeds, claims, unstable } = verdictStability(runs);
  if (claims.length === 0) return '';
  const head = `stability over master seeds ${seeds.join(', ')}: ${claims.length - unstable.length} of ${claims.length} claims keep one verdict at every seed`;
  const lines = unstable.map((c) => {
    const label = `UNSTABLE ${c.claim} (${c.backend}, ${c.tier})`;
    return `${color ? pc.yellow(label) : label}: ${c.verdicts.map((v) => `${v.verdict} at seed ${v.seed}`).join(', ')}`;
  });
  return `${[head, ...lines].join('\n')}\n`;
}
