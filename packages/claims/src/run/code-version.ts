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

interface Manifest {
  name?: string;
  dependencies?: Record<string, string>;
}

const readManifest = (dir: string): Manifest | null => {
  const path = join(dir, 'package.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Manifest) : null;
};

const workspaceDeps = (manifest: Manifest | null): string[] =>
  Object.entries(manifest?.dependencies ?? {})
    .filter(([, range]) => range.startsWith('workspace:'))
    .map(([name]) => name);

/**
 * The packages/ directories whose sources a suite's cells run: tensor and claims always, and every workspace
 * package the suite depends on, transitively. A suite without a package.json depends on every task-* package.
 */
function computingPackages(root: string, suiteDir: string): string[] {
  const packages = join(root, 'packages');
  if (!existsSync(packages)) return [];
  const dirs = readdirSync(packages).filter((n) => statSync(join(packages, n)).isDirectory());
  const always = new Set(['tensor', 'claims']);
  const suite = readManifest(suiteDir);
  if (!suite) return dirs.filter((n) => always.has(n) || n.startsWith('task-'));
  const dirOf = new Map(dirs.map((n) => [readManifest(join(packages, n))?.name ?? n, n]));
  const seen = new Set<string>([...always].filter((n) => dirs.includes(n)));
  const queue = workspaceDeps(suite);
  while (queue.length > 0) {
    const dir = dirOf.get(queue.pop() as string);
    if (dir === undefined || seen.has(dir)) continue;
    seen.add(dir);
    queue.push(...workspaceDeps(readManifest(join(packages, dir))));
  }
  return [...seen].sort();
}

/**
 * The code version of a suite's cells: a hash of the suite's own source files and of the sources of the
 * packages its cells run (tensor, claims and the suite's workspace dependencies), so changing any of them
 * reruns the cells and changing another suite's task package does not. Tests, docs and generated files
 * (test reports) are left out: editing them reuses the cached cells.
 */
export function codeVersion(root: string, suiteDir: string): string {
  const computing = computingPackages(root, suiteDir);
  const files = [suiteDir, ...computing.map((n) => join(root, 'packages', n, 'src'))].flatMap(sourceFiles).sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}
