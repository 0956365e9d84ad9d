import type { LoadedSuite } from '@repro/claims';
import { bandOf } from '@repro/claims';
import { describeBackends } from '@repro/tensor';

const show = (v: unknown) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v));

/** `repro list`: suites and their claim ids (band, lowest tier), then the backends this machine has. */
export async function listCommand(suites: LoadedSuite[], write: (s: string) => void): Promise<number> {
  for (const { spec } of suites) {
    write(`${spec.name}  ${spec.title}${spec.paper?.arxiv ? ` (arXiv ${spec.paper.arxiv})` : ''}\n`);
    for (const claim of spec.claims) {
      const [lo, hi] = bandOf(claim.expected);
      write(`  ${claim.id}  band [${lo}, ${hi}] from tier ${claim.lowestTier}: ${claim.statement}\n`);
    }
  }
  write('backends:\n');
  for (const info of await describeBackends()) {
    const detail = info.available
      ? Object.entries({ ...info.versions, ...info.flags })
          .map(([k, v]) => `${k}=${show(v)}`)
          .join(' ')
      : `unavailable: ${info.reason ?? 'unknown'}${info.installHint ? ` (${info.installHint})` : ''}`;
    write(`  ${info.name.padEnd(7)} ${detail}\n`);
  }
  return 0;
}
