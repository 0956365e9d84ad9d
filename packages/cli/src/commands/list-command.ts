import type { LoadedSuite } from '@repro/claims';
import { bandOf } from '@repro/claims';

/** `repro list`: suites and their claim ids, with the band and lowest tier. */
export function listCommand(suites: LoadedSuite[], write: (s: string) => void): number {
  for (const { spec } of suites) {
    write(`${spec.name}  ${spec.title}${spec.paper?.arxiv ? ` (arXiv ${spec.paper.arxiv})` : ''}\n`);
    for (const claim of spec.claims) {
      const [lo, hi] = bandOf(claim.expected);
      write(`  ${claim.id}  band [${lo}, ${hi}] from tier ${claim.lowestTier}: ${claim.statement}\n`);
    }
  }
  return 0;
}
