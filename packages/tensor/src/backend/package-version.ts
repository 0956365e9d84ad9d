import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The installed version of a package resolvable from this package, or undefined when it is not installed. */
export function packageVersion(pkg: string): string | undefined {
  try {
    return (require(`${pkg}/package.json`) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

/** Versions of the given packages keyed by their name without the `@tensorflow/` scope; absent ones are left out. */
export function packageVersions(pkgs: readonly string[]): Record<string, string> {
  const versions: Record<string, string> = {};
  for (const pkg of pkgs) {
    const version = packageVersion(pkg);
    if (version !== undefined) versions[pkg.replace(/^@tensorflow\//, '')] = version;
  }
  return versions;
}
