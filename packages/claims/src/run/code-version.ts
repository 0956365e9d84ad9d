import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|mjs|js)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

/**
 * The code version of a suite's cells: a hash of the suite's own source files and of the sources of the
 * packages that compute (tensor, claims, task-*), so changing any of them reruns the cells. Tests, docs and
 * generated files (test reports) are left out: editing them reuses the cached cells.
 */
export function codeVersion(root: string, suiteDir: string): string {
  const packages = join(root, 'packages');
  const computing = existsSync(packages)
    ? readdirSync(packages).filter((n) => n === 'tensor' || n === 'claims' || n.startsWith('task-'))
    : [];
  const files = [suiteDir, ...computing.map((n) => join(packages, n, 'src'))].flatMap(sourceFiles).sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}
