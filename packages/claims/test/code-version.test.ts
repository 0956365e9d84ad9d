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
