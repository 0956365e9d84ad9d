import {
  bootstrapInterval,
  type ClaimSpec,
  defineClaim,
  type Measurement,
  median,
  replicateCells,
} from '@repro/claims';
import { type Contender, measureSpeedup, type SpeedupRun, TIMING } from './speedup-cell.ts';

export interface SpeedupClaimSpec {
  slug: string;
  where: string;
  statement: string;
  quantity: string;
  /** The claimed minimum speedup (time(slow) / time(fast)). */
  atLeast: number;
  claim: { fast: Contender; slow: Contender };
  control: { fast: Contender; slow: Contender; description: string };
}

function count(labels: string[]): string {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts].map(([l, n]) => `${l} ×${n}`).join(', ');
}

/**
 * A speedup claim: time(slow)/time(fast) measured in interleaved rounds, the median over rounds with
 * a 90% percentile-bootstrap interval (rounds resampled), passing when the interval lies in
 * [atLeast, ∞). The control is a pair that must not reach `atLeast` (e.g. a workload against itself).
 */
export function speedupClaim(spec: SpeedupClaimSpec): ClaimSpec {
  return defineClaim<SpeedupRun>({
    id: `performance.${spec.slug}`,
    source: { paper: 'Project performance targets (packages/bench README)', where: spec.where },
    statement: spec.statement,
    quantity: spec.quantity,
    expected: { value: spec.atLeast, tolerance: 0, band: [spec.atLeast, null] },
    rule: `pass when the 90% bootstrap interval of the median per-round speedup lies at or above ${spec.atLeast}; fail when it lies below; inconclusive when it straddles ${spec.atLeast}`,
    lowestTier: 'quick',
    control: { description: spec.control.description },
    usesBackend: false,
    cells: (tier) => replicateCells(TIMING[tier].replicates),
    run: (cell, ctx) => {
      const pair = cell.arm === 'claim' ? spec.claim : spec.control;
      return measureSpeedup(pair.fast, pair.slow, ctx.tier);
    },
    measure: (cells, ctx): Measurement => {
      const ratios = cells.flatMap((c) => c.output.ratios);
      const { value, interval } = bootstrapInterval(ratios, (xs) => median(xs), { random: ctx.random });
      const fastMs = median(cells.flatMap((c) => c.output.fastMs));
      const slowMs = median(cells.flatMap((c) => c.output.slowMs));
      const absent = [
        ...new Set(cells.flatMap((c) => Object.entries(c.output.absent ?? {}).map(([l, r]) => `${l} (${r})`))),
      ];
      return {
        value,
        interval: [interval[0], interval[1]],
        note: `${ratios.length} rounds; median ms fast ${fastMs.toFixed(2)}, slow ${slowMs.toFixed(2)}; best sides: fast ${count(cells.flatMap((c) => c.output.fastBest))}; slow ${count(cells.flatMap((c) => c.output.slowBest))}${absent.length > 0 ? `; absent here: ${absent.join('; ')}` : ''}`,
        detail: { ratios, fastMs, slowMs },
      };
    },
  });
}
