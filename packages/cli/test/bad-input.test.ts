import { describe, expect, it } from 'vitest';
import { repro } from './cli-helpers.ts';

const cases: [string, string[], RegExp][] = [
  ['an unknown suite', ['run', 'nope'], /unknown suite or claim "nope"/],
  ['an unknown backend', ['run', 'calibration', '--backend', 'tpu'], /--backend must be one of/],
  ['a shard past its count', ['run', 'calibration', '--shard', '3/2'], /--shard 3\/2: need 1 ≤ I ≤ N/],
  ['an unknown tier', ['run', 'calibration', '--tier', 'huge'], /--tier must be one of smoke, quick, full/],
  ['a bad seed', ['run', 'calibration', '--seed', '-1'], /--seed takes a whole number/],
  [
    'an unwritable --out',
    ['run', 'calibration', '--out', '/dev/null/results'],
    /--out \/dev\/null\/results is not a writable directory/,
  ],
  ['an unknown option', ['run', '--fast'], /unknown option '--fast'/],
  ['an unknown command', ['frobnicate'], /.+/],
  ['a merge without shards', ['merge', '--out', '/tmp/x'], /required/],
  ['an unknown bench backend', ['bench', '--backend', 'tpu'], /--backend must be a comma list of/],
  ['a bench workload that does not exist', ['bench', '--workload', 'nope'], /unknown workload "nope"/],
  ['a malformed leap target', ['leap', 'x1 + + x2'], /"\+" needs a term before it/],
  ['a Hermite factor without --gaussian', ['leap', 'He2(x1)'], /He_k is for Gaussian targets/],
  ['a leap without a target', ['leap'], /missing required argument/],
  [
    'a report of a folder without results',
    ['report', '--in', '/nonexistent-results'],
    /--in \/nonexistent-results: no results.json there/,
  ],
  [
    'a report of a file that is not JSON',
    ['report', '--in', 'package.json'],
    /--in package.json is not a schema-1 results file/,
  ],
  [
    'a report against a missing baseline',
    ['report', '--in', 'packages/cli/test/fixtures', '--baseline', '/nope.json'],
    /--baseline \/nope.json: no results.json there/,
  ],
];

describe('repro with bad input', () => {
  it.each(cases)('%s: one line on stderr, exit 2', (_what, words, message) => {
    const r = repro(words);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^repro: /);
    expect(lines[0]).toMatch(message);
  });
});

describe('repro list', () => {
  it('names the calibration suite, its three claims and every backend', () => {
    const r = repro(['list']);
    expect(r.status).toBe(0);
    for (const id of ['calibration.slope-coverage', 'calibration.threshold-crossing', 'calibration.planted-linear']) {
      expect(r.stdout).toContain(id);
    }
    for (const backend of ['wasm', 'cpu', 'webgpu', 'native', 'gpu'])
      expect(r.stdout).toMatch(new RegExp(`^  ${backend} `, 'm'));
    expect(r.stdout).toMatch(/^ {2}cpu +\S/m);
  });
});
