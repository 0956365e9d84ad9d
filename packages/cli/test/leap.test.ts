import { describe, expect, it } from 'vitest';
import { repro } from './cli-helpers.ts';

describe('repro leap', () => {
  it('prints "leap: 1" for the staircase, then the ordering', () => {
    const r = repro(['leap', 'x1 + x1*x2 + x1*x2*x3']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('leap: 1');
    expect(lines.slice(2).map((l) => l.trim().split(/\s+/)[0])).toEqual(['x1', 'x1*x2', 'x1*x2*x3']);
  });
  it('counts Hermite degree with --gaussian', () => {
    const r = repro(['leap', 'x1 + x1*x2^2', '--gaussian']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('leap: 2');
    expect(r.stdout).toContain('He2(x2)');
  });
});
