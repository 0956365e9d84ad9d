const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const encoder = new TextEncoder();

/** The canonical text of one label: `s<length>:<text>` for strings, `n:<shortest round-trip decimal>` for numbers. */
function canonical(label: string | number): string {
  if (typeof label === 'string') return `s${label.length}:${label}`;
  if (!Number.isFinite(label)) throw new RangeError(`seed labels must be finite numbers, got ${label}`);
  return `n:${Object.is(label, -0) ? 0 : label}`;
}

/**
 * A uint32 seed from labels (suite, claim, cell, replicate, …): the same labels give the same seed
 * on every machine and backend. Hash: 32-bit FNV-1a over the UTF-8 bytes of the labels' canonical
 * texts joined by `|` (`s5:hello|n:3`; strings are length-prefixed, so labels cannot run into each
 * other, and `'3'` differs from `3`), then MurmurHash3's fmix32 finalizer to spread the bits.
 */
export function deriveSeed(...labels: (string | number)[]): number {
  const bytes = encoder.encode(labels.map(canonical).join('|'));
  let h = FNV_OFFSET;
  for (const byte of bytes) h = Math.imul(h ^ byte, FNV_PRIME);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
