// Sums the vitest JSON reports that `pnpm turbo test` leaves in each package and prints the plain line
// `tests: N passed, N failed, N skipped`. Exits 1 when a report is missing or a test failed. Tests left unrun
// because their file failed (a hook timed out) count as failed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dirs = ['packages', 'suites'].flatMap((group) =>
  existsSync(join(root, group)) ? readdirSync(join(root, group)).map((name) => join(root, group, name)) : [],
);
let passed = 0;
let failed = 0;
let skipped = 0;
let missing = 0;
for (const dir of dirs) {
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest) || !JSON.parse(readFileSync(manifest, 'utf8')).scripts?.test) continue;
  const report = join(dir, 'test-results.json');
  if (!existsSync(report)) {
    console.log(`no test report in ${dir}`);
    missing += 1;
    continue;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + r.numTodoTests;
  // A file that failed outside its tests (a hook timed out, an import broke) leaves them unrun: they count
  // as failed, not skipped; a failed file with no tests at all counts as one failure.
  for (const file of r.testResults ?? []) {
    if (file.status !== 'failed') continue;
    const unrun = (file.assertionResults ?? []).filter((a) => a.status !== 'passed' && a.status !== 'failed');
    const ownFailures = (file.assertionResults ?? []).filter((a) => a.status === 'failed').length;
    failed += unrun.length + (ownFailures === 0 && unrun.length === 0 ? 1 : 0);
    skipped -= unrun.length;
  }
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || missing > 0 ? 1 : 0);
