import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSuites } from '@repro/claims';
import { createRng, type Rng, uniformInt } from '@repro/tensor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliContext, runCli } from '../src/cli.ts';
import { readResultsFile } from '../src/commands/read-results-file.ts';
import { UsageError } from '../src/usage-error.ts';

// A seeded fuzzer (the project's own RNG; no property-testing dependency): every case is reproducible from
// SEED and its index, printed when an assertion fails.
const SEED = 9;
const CASES = 400;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[uniformInt(rng, items.length)] as T;

const COMMANDS = ['run', 'merge', 'report', 'list', 'leap', 'bench', 'frobnicate', '', 'RUN', 'help'];
const OPTIONS = ['--tier', '--backend', '--seed', '--seeds', '--shard', '--jobs', '--out', '--in', '--baseline'];
const FLAGS = ['--gaussian', '--', '-', '---', '--tier=quick', '--seed=-1', '--out=', '-x', '--no-tier', '--help'];
const VALUES = [
  'smoke',
  'quick',
  'full',
  'huge',
  'wasm',
  'cpu',
  'webgpu',
  'all',
  'tpu',
  '0',
  '1',
  '-1',
  '1e3',
  '007',
  '999999999',
  '9999999999',
  'NaN',
  'auto',
  '1/4',
  '4/4',
  '5/4',
  '0/0',
  '1/',
  '/',
  'a/b',
  '0,1,2',
  '0,,1',
  '1,1',
  'x1 + x1*x2',
  'x1 +',
  'He2(x1)',
  'calibration',
  'calibration.planted-linear',
  'nope',
  '',
  ' ',
  '\t',
  'ü/∂',
  '😀',
  '../..',
  '/dev/null/x',
  '/proc/1/nope',
  'a'.repeat(300),
  '$(rm -rf /)',
  '"quoted"',
  '%s%n',
  '\\',
  '\u202e',
];

function randomWord(rng: Rng): string {
  switch (uniformInt(rng, 4)) {
    case 0:
      return pick(rng, OPTIONS);
    case 1:
      return pick(rng, FLAGS);
    case 2:
      return pick(rng, VALUES);
    default:
      return Array.from({ length: uniformInt(rng, 12) }, () => String.fromCodePoint(32 + uniformInt(rng, 0x2ff))).join(
        '',
      );
  }
}

function randomArgv(rng: Rng): string[] {
  const words: string[] = [];
  if (uniformInt(rng, 5) > 0) words.push(pick(rng, COMMANDS));
  for (let i = uniformInt(rng, 7); i > 0; i -= 1) {
    if (uniformInt(rng, 2) === 0) words.push(pick(rng, OPTIONS), pick(rng, VALUES));
    else words.push(randomWord(rng));
  }
  return words;
}

const SLURM_VALUES = [undefined, '', '0', '1', '3', '4', '-1', 'x', '2147483648', ' 1'];
const randomEnv = (rng: Rng): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {};
  for (const name of [
    'SLURM_ARRAY_TASK_ID',
    'SLURM_ARRAY_TASK_COUNT',
    'SLURM_ARRAY_TASK_MIN',
    'SLURM_ARRAY_TASK_MAX',
  ]) {
    const value = pick(rng, SLURM_VALUES);
    if (value !== undefined) env[name] = value;
  }
  return env;
};

describe('repro with fuzzed arguments (seeded, 400 cases)', () => {
  const home = process.cwd();
  const scratch = mkdtempSync(join(tmpdir(), 'fuzz-cwd-'));
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  let suites: Awaited<ReturnType<typeof loadSuites>> = [];
  // Relative --out values land in a scratch folder, not in the checkout.
  beforeAll(async () => {
    suites = await loadSuites(root);
    process.chdir(scratch);
  }, 600_000);
  afterAll(() => process.chdir(home));

  it('either reaches a command with valid flags or prints one line `repro: …` with exit 2, never a stack', async () => {
    const rng = createRng(SEED);
    const outcomes = { reached: 0, usage: 0, help: 0 };
    for (let i = 0; i < CASES; i += 1) {
      const words = randomArgv(rng);
      const env = randomEnv(rng);
      let printed = '';
      let err = '';
      const reached: unknown[] = [];
      const ctx: CliContext = {
        root,
        io: {
          out: (s) => {
            printed += s;
          },
          color: false,
        },
        err: (s) => {
          err += s;
        },
        env,
        suites: async () => suites,
        commands: {
          run: async (_root, all, targets, flags) => {
            reached.push(flags);
            // What the real command does first with the targets: resolve them (may be a usage error).
            const { selectSuites } = await import('../src/select-suites.ts');
            selectSuites(all, targets);
            return 0;
          },
          merge: (_all, dirs) => reached.push(dirs) && 0,
          report: (flags) => reached.push(flags) && 0,
          list: async () => reached.push('list') && 0,
          bench: async (_root, flags) => reached.push(flags) && 0,
        },
      };
      const code = await runCli(['node', 'repro', ...words], ctx);
      const what = `case ${i}: repro ${JSON.stringify(words)} env ${JSON.stringify(env)} → ${code}\n${err}${printed.slice(0, 200)}`;
      expect(err, what).not.toMatch(/\n\s+at |TypeError|ReferenceError|undefined is not/);
      if (code === 2) {
        expect(err.split('\n').filter(Boolean), what).toHaveLength(1);
        expect(err, what).toMatch(/^repro: \S/);
        outcomes.usage += 1;
      } else {
        expect(code, what).toBe(0);
        expect(err, what).toBe('');
        if (reached.length > 0) outcomes.reached += 1;
        else outcomes.help += 1;
      }
    }
    // The fuzzer reaches every kind of outcome, so the assertions above were exercised.
    expect(outcomes.usage).toBeGreaterThan(CASES / 4);
    expect(outcomes.reached).toBeGreaterThan(10);
    console.info(`fuzzed arguments: ${JSON.stringify(outcomes)}`);
  }, 360_000);
});

describe('readResultsFile with fuzzed results files (seeded, 300 cases)', () => {
  const valid = {
    schema: 1,
    runs: [
      {
        suite: 's',
        tier: 'smoke',
        backend: 'cpu',
        seed: 0,
        durationS: 1,
        provenance: { commit: 'c', code: 'k', flags: {} },
        claims: [
          {
            id: 's.c',
            verdict: 'pass',
            reason: 'r',
            measured: { value: 1, interval: [0, 2] },
            expected: { value: 1, tolerance: 1 },
            control: { verdict: 'fail', measured: null },
          },
        ],
      },
    ],
  };
  const JUNK: unknown[] = [null, 0, -1, 1.5, '', 'x', true, [], {}, [1], { a: 1 }, Number.NaN];
  /** Replaces one value somewhere in the tree (or deletes a key) with junk. */
  const mutate = (value: unknown, rng: Rng, depth: number): unknown => {
    if (value === null || typeof value !== 'object' || depth > 6 || uniformInt(rng, 4) === 0) return pick(rng, JUNK);
    const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...value };
    const keys = Object.keys(copy);
    if (keys.length === 0) return pick(rng, JUNK);
    const key = pick(rng, keys);
    if (!Array.isArray(copy) && uniformInt(rng, 5) === 0) delete copy[key];
    else (copy as Record<string, unknown>)[key] = mutate((copy as Record<string, unknown>)[key], rng, depth + 1);
    return copy;
  };

  it('accepts the valid file and turns every mutation into a file or a one-line UsageError', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fuzz-results-'));
    const file = join(dir, 'results.json');
    writeFileSync(file, JSON.stringify(valid));
    expect(readResultsFile(file, '--in').runs[0]?.claims[0]?.verdict).toBe('pass');
    const rng = createRng(SEED + 1);
    let rejected = 0;
    for (let i = 0; i < 300; i += 1) {
      const text =
        uniformInt(rng, 6) === 0
          ? JSON.stringify(valid).slice(0, uniformInt(rng, 400))
          : JSON.stringify(mutate(valid, rng, 0));
      writeFileSync(file, text ?? '');
      try {
        const read = readResultsFile(file, '--in');
        // Accepted: the fields every reader relies on have their types.
        for (const run of read.runs) {
          expect(typeof run.suite).toBe('string');
          for (const claim of run.claims) expect(typeof claim.reason).toBe('string');
        }
      } catch (error) {
        expect(error, `case ${i}: ${text}`).toBeInstanceOf(UsageError);
        expect((error as Error).message.includes('\n'), `case ${i}`).toBe(false);
        rejected += 1;
      }
    }
    expect(rejected).toBeGreaterThan(150);
  });
});
