import type { Verdict } from '@repro/claims';
import type { Html } from './d3-global.ts';

/** A coloured verdict label: `<span class="badge verdict-pass">pass</span>`, optionally prefixed. */
export function verdictBadge(parent: Html, verdict: Verdict, prefix?: string): Html {
  const badge = parent.append('span').attr('class', `badge verdict-${verdict}`);
  if (prefix) badge.append('span').attr('class', 'badge-prefix').text(prefix);
  badge.append('span').text(verdict);
  return badge;
}
