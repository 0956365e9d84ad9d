import type { HierarchyParams } from './hierarchy-params.ts';

/**
 * The authors' "all0" encoding with whitening, channels last ([d, v] row-major, as the conv layers
 * read it): one-hot over the v tokens, the blank channel dropped (a blank is an all-inactive column),
 * then x → x·(1 + c) − c with c = (v − 1)^(−1/2): active entries 1, inactive −c.
 */
export function encodeAll0(p: HierarchyParams, tokens: Int32Array, out?: Float32Array, at = 0): Float32Array {
  const c = (p.v - 1) ** -0.5;
  const target = out ?? new Float32Array(tokens.length * p.v);
  const base = at * tokens.length * p.v;
  target.fill(-c, base, base + tokens.length * p.v);
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] as number;
    if (t < p.v) target[base + i * p.v + t] = 1;
  }
  return target;
}
