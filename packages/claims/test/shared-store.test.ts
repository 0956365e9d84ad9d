import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStore, claimsOf, startFixture } from './fault-helpers.ts';

const TOTAL = 160;

describe('two processes running into the same store at once', () => {
  it('write whole lines only, lose no cell, share the work, and each decides as a lone run does', async () => {
    const alone = mkdtempSync(join(tmpdir(), 'shared-ref-'));
    expect((await startFixture(alone, 2).done).code).toBe(0);

    const dir = mkdtempSync(join(tmpdir(), 'shared-'));
    const [a, b] = [startFixture(dir, 2), startFixture(dir, 2)];
    const [ra, rb] = await Promise.all([a.done, b.done]);
    expect([ra.code, rb.code]).toEqual([0, 0]);

    const store = checkStore(join(dir, 'cells.ndjson'));
    expect(store.bad).toEqual([]);
    const keys = new Set(store.records.map((r) => r.key));
    expect(keys.size).toBe(TOTAL);
    expect(store.records.every((r) => r.status === 'ok')).toBe(true);
    // The second process works from the other end and skips what the first finished: they meet once, and only
    // the cells both hold in flight then (at most 2 workers each) run twice.
    expect(store.records.length).toBeLessThanOrEqual(TOTAL + 4);
    expect(existsSync(join(dir, 'cells.ndjson.lock'))).toBe(false);
    expect(existsSync(join(dir, 'cells.ndjson.runners'))).toBe(false);
    expect(claimsOf(dir)).toEqual(claimsOf(alone));
    console.info(
      `shared store: ${store.records.length} lines for ${TOTAL} cells (${store.records.length - TOTAL} run twice)`,
    );
  }, 360_000);
});
