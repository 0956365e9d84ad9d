import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SuiteSpec } from '../spec/claim-spec.ts';
import { codeVersion } from './code-version.ts';
import type { LoadedSuite } from './loaded-suite.ts';

/** Finds suites by convention, `suites/<dir>/suite.ts` under the root, and imports them in name order. */
export async function loadSuites(root: string): Promise<LoadedSuite[]> {
  const dir = join(root, 'suites');
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir)
    .filter((n) => existsSync(join(dir, n, 'suite.ts')))
    .sort();
  const suites: LoadedSuite[] = [];
  for (const name of names) {
    const path = join(dir, name, 'suite.ts');
    const module = (await import(pathToFileURL(path).href)) as { default?: SuiteSpec };
    if (!module.default) throw new Error(`${path} has no default export (a defineSuite(...) spec)`);
    suites.push({ spec: module.default, path, code: codeVersion(root, join(dir, name)) });
  }
  return suites;
}
