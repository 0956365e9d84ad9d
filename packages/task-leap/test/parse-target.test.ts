import { describe, expect, it } from 'vitest';
import { formatMonomial } from '../src/monomial.ts';
import { parseTarget, TargetSyntaxError } from '../src/parse-target.ts';

const show = (text: string, basis: 'boolean' | 'gaussian' = 'boolean') =>
  parseTarget(text, basis).map((t) => `${t.coefficient}·${formatMonomial(t.monomial, basis)}`);

describe('parseTarget(text, basis)', () => {
  it('reads coefficients, products and signs', () => {
    expect(show('x1 + 0.5*x1*x2 - 2*x3')).toEqual(['1·x1', '0.5·x1*x2', '-2·x3']);
    expect(show('-x1 + 1e-1 x2')).toEqual(['-1·x1', '0.1·x2']);
  });
  it('reduces Boolean powers mod 2 and merges like terms', () => {
    expect(show('x1^3*x2 + x2*x1 - x1*x2^2')).toEqual(['2·x1*x2', '-1·x1']);
    expect(show('x1*x2 - x2*x1 + x3')).toEqual(['1·x3']);
  });
  it('reads Hermite factors in Gaussian mode, where x^k means He_k', () => {
    expect(show('He2(x1) + x1^2 + x2*He3(x3)', 'gaussian')).toEqual(['2·He2(x1)', '1·x2*He3(x3)']);
  });
  it.each([
    ['', /empty expression/],
    ['x1 +', /expected a coefficient or a factor/],
    ['x1 * * x2', /"\*" needs something before it/],
    ['x0', /coordinates start at x1/],
    ['x1 + y2', /unexpected "y"/],
    ['He2(x1)', /He_k is for Gaussian targets/],
    ['x1 2', /a coefficient must start its term/],
  ])('rejects %j with one line', (text, message) => {
    expect(() => parseTarget(text)).toThrow(TargetSyntaxError);
    expect(() => parseTarget(text)).toThrow(message);
  });
  it('rejects a coordinate repeated in a Gaussian term', () => {
    expect(() => parseTarget('x1*x1', 'gaussian')).toThrow(/x1 appears twice in one term/);
  });
});
