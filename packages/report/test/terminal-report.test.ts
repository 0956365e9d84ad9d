import { describe, expect, it } from 'vitest';
import { terminalReport } from '../src/terminal-report.ts';
import { fixtureResults, HOSTILE } from './fixture-results.ts';

const ESC = String.fromCharCode(27);

describe('terminalReport(results, { color })', () => {
  const plain = terminalReport(fixtureResults(), { color: false });
  const lines = plain.trimEnd().split('\n');

  it('says which claims agree across backends, naming the ones that do not', () => {
    expect(lines).toContain('backends: 1 of 2 claims agree across backends');
    expect(lines).toContain(
      'toy.exponent: Backends disagree: wasm vs cpu, max |Δ| = 0.03 (wasm) ≤ 0.05, verdicts differ.',
    );
  });

  it('ends with the plain summary line, the detailed verdict line just above', () => {
    expect(lines.at(-1)).toBe('claims: 2 passed, 4 failed, 2 skipped');
    expect(lines.at(-2)).toBe('verdicts: 2 pass, 2 fail, 1 inconclusive, 1 skipped, 2 error');
  });

  it('has one aligned row per claim and backend, grouped by claim', () => {
    expect(lines[0]?.split(/\s{2,}/)).toEqual([
      'suite',
      'claim',
      'backend',
      'verdict',
      'measured [interval]',
      'control',
    ]);
    const rows = lines.slice(1, 9).map((l) =>
      l
        .split(/\s{2,}/)
        .slice(0, 4)
        .join(' '),
    );
    expect(rows).toEqual([
      'toy-2404.10727 toy.exponent wasm pass',
      'toy-2404.10727 toy.exponent cpu inconclusive',
      'toy-2404.10727 toy.curve wasm fail',
      'toy-2404.10727 toy.curve cpu fail',
      'toy-2404.10727 toy.no-plot wasm error',
      'toy-2404.10727 toy.no-plot cpu error',
      'hostile hostile.text wasm pass',
      'hostile hostile.text cpu skipped',
    ]);
    const column = lines[0]?.indexOf('backend');
    expect(lines.slice(1, 9).every((l) => l.indexOf(l.includes(' wasm ') ? 'wasm' : 'cpu') === column)).toBe(true);
  });

  it('prints intervals with open ends as ∞ and the control verdict with its value', () => {
    const row = lines.find((l) => l.includes('toy.exponent') && l.includes(' cpu '));
    expect(row).toContain('0.52 [0.44, ∞]');
    expect(row).toMatch(/fail 0\.02 \[-∞, 0\.2\]$/);
    expect(lines.find((l) => l.includes('toy.no-plot'))).toMatch(/error\s+—\s+—$/);
  });

  it('lists the reasons of failed, errored and inconclusive claims', () => {
    expect(plain).toContain('error toy.no-plot (wasm): RangeError: the run broke');
    expect(plain).toContain('inconclusive toy.exponent (cpu): 0.52 [0.44, ∞] straddles [0.4, 0.6]');
    expect(plain).not.toContain(`(wasm): ${HOSTILE}`);
  });

  it('colours verdicts only when asked', () => {
    expect(plain.includes(ESC)).toBe(false);
    const coloured = terminalReport(fixtureResults(), { color: true });
    expect(coloured).toContain(`${ESC}[32mpass`);
    expect(coloured).toContain(`${ESC}[31mfail`);
    expect(coloured.trimEnd().split('\n').at(-1)).toBe('claims: 2 passed, 4 failed, 2 skipped');
  });
});

describe('terminalReport(results) with escape sequences in the data', () => {
  it('prints control characters from results as U+FFFD, never as terminal escapes', () => {
    const results = fixtureResults();
    const claim = results.runs[0]?.claims[1];
    if (claim) claim.reason = `${ESC}[2J${ESC}]0;owned\u0007 gone`;
    const text = terminalReport(results, { color: false });
    expect(text.includes(ESC)).toBe(false);
    expect(text).toContain('toy.curve (wasm): \ufffd[2J\ufffd]0;owned\ufffd gone');
  });
});
