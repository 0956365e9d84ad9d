import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createCellPool } from '../src/run/worker-pool.ts';

const suitePath = fileURLToPath(new URL('./fixture/exiting-suite.ts', import.meta.url));
const task = (replicate: number) => ({
  suitePath,
  claimId: 'exiting.first-cell-exits',
  cell: { arm: 'claim' as const, params: {}, replicate },
  seed: 1,
  tier: 'smoke' as const,
  backend: 'cpu' as const,
});

describe('createCellPool(workers)', () => {
  it('turns a worker that dies mid-cell into an error result and keeps running on a fresh worker', async () => {
    const pool = createCellPool(1);
    const [dead, alive] = await Promise.all([pool.run(task(0)), pool.run(task(1))]);
    await pool.close();
    expect(dead).toMatchObject({ status: 'error', error: 'worker thread exited with code 7' });
    expect(alive).toMatchObject({ status: 'ok', output: 1 });
  }, 30_000);
});
