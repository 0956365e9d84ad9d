import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeVersion } from '../src/run/code-version.ts';

describe('codeVersion(root, suiteDir)', () => {
  it('changes with the sources and not with tests, docs or test reports', () => {
    const root = mkdtempSync(join(tmpdir(), 'code-'));
    const suite = join(root, 'suites', 's');
    mkdirSync(suite, { recursive: true });
    mkdirSync(join(root, 'packages', 'tensor', 'src'), { recursive: true });
    writeFileSync(join(suite, 'suite.ts'), 'export default 1;');
    writeFileSync(join(root, 'packages', 'tensor', 'src', 'a.ts'), 'export const a = 1;');
    const before = codeVersion(root, suite);
    writeFileSync(join(suite, 'README.md'), '# notes');
    writeFileSync(join(suite, 'suite.test.ts'), 'test');
    writeFileSync(join(suite, 'test-results.json'), '{}');
    expect(codeVersion(root, suite)).toBe(before);
    writeFileSync(join(root, 'packages', 'tensor', 'src', 'a.ts'), 'export const a = 2;');
    expect(codeVersion(root, suite)).not.toBe(before);
  });
});

describe('codeVersion with package manifests', () => {
  const pkg = (dir: string, name: string, deps: string[]) => {
    mkdirSync(join(dir, 'src'), { recursive: true });
    const dependencies = Object.fromEntries(deps.map((d) => [d, 'workspace:*']));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, dependencies }));
    writeFileSync(join(dir, 'src', 'index.ts'), `export const v = '${name}';`);
  };

  it("follows the suite's workspace dependencies transitively and ignores other task packages", () => {
    const root = mkdtempSync(join(tmpdir(), 'code-'));
    const packages = join(root, 'packages');
    pkg(join(packages, 'tensor'), '@x/tensor', []);
    pkg(join(packages, 'claims'), '@x/claims', ['@x/tensor']);
    pkg(join(packages, 'task-a'), '@x/task-a', ['@x/task-common']);
    pkg(join(packages, 'task-common'), '@x/task-common', []);
    pkg(join(packages, 'task-b'), '@x/task-b', []);
    const suite = join(root, 'suites', 's');
    mkdirSync(suite, { recursive: true });
    writeFileSync(
      join(suite, 'package.json'),
      JSON.stringify({ name: 's', dependencies: { '@x/task-a': 'workspace:*' } }),
    );
    writeFileSync(join(suite, 'suite.ts'), 'export default 1;');
    const before = codeVersion(root, suite);
    writeFileSync(join(packages, 'task-b', 'src', 'index.ts'), 'export const v = 2;');
    expect(codeVersion(root, suite)).toBe(before);
    writeFileSync(join(packages, 'task-common', 'src', 'index.ts'), 'export const v = 2;');
    const afterCommon = codeVersion(root, suite);
    expect(afterCommon).not.toBe(before);
    writeFileSync(join(packages, 'claims', 'src', 'index.ts'), 'export const v = 2;');
    expect(codeVersion(root, suite)).not.toBe(afterCommon);
  });
});
