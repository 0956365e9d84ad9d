import type { LoadedSuite } from '@repro/claims';
import { UsageError } from './usage-error.ts';

export interface Selection {
  suites: LoadedSuite[];
  claims?: Set<string>;
}

const dirName = (s: LoadedSuite) => s.path.split(/[\\/]/).at(-2) ?? '';

/**
 * Resolves the words after `run`: each is a suite (its name, folder or short prefix) or a claim id.
 * No words: every suite.
 */
export function selectSuites(all: LoadedSuite[], words: string[]): Selection {
  if (words.length === 0) return { suites: all };
  const suites = new Set<LoadedSuite>();
  const claims = new Set<string>();
  let wholeSuites = false;
  for (const word of words) {
    const suite = all.find((s) => s.spec.name === word || dirName(s) === word || s.spec.short === word);
    if (suite) {
      suites.add(suite);
      wholeSuites = true;
      for (const c of suite.spec.claims) claims.add(c.id);
      continue;
    }
    const owner = all.find((s) => s.spec.claims.some((c) => c.id === word));
    if (!owner) {
      throw new UsageError(
        `unknown suite or claim "${word}" (see \`repro list\`; suites: ${all.map((s) => s.spec.name).join(', ')})`,
      );
    }
    suites.add(owner);
    claims.add(word);
  }
  const ordered = all.filter((s) => suites.has(s));
  return wholeSuites && claims.size === ordered.flatMap((s) => s.spec.claims).length
    ? { suites: ordered }
    : { suites: ordered, claims };
}
