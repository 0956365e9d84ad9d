import { describe, expect, it } from 'vitest';
import type { SideSpec } from './side-spec.ts';
import { measureSpeedup } from './speedup-cell.ts';

const wasm: SideSpec = { kind: 'tfjs', backend: 'wasm' };
const missing: SideSpec = { kind: 'torch', config: 'no-such-configuration' };

describe('measureSpeedup with sides that cannot open', () => {
  it('drops an optional side, keeps its reason and times the rest', async () => {
    const run = await measureSpeedup(
      { workload: 'matmul', sides: [wasm, { ...missing, optional: true }] },
      { workload: 'matmul', sides: [wasm] },
      'smoke',
    );
    expect(run.ratios).toHaveLength(3);
    expect(run.fastBest).toEqual(['wasm', 'wasm', 'wasm']);
    expect(run.absent).toEqual({ 'torch:no-such-configuration': 'unknown torch configuration no-such-configuration' });
    for (const r of run.ratios) expect(r).toBeGreaterThan(0);
  }, 120_000);

  it('fails the cell when a required side cannot open', async () => {
    await expect(
      measureSpeedup({ workload: 'matmul', sides: [missing] }, { workload: 'matmul', sides: [wasm] }, 'smoke'),
    ).rejects.toThrow(/unknown torch configuration/);
  }, 120_000);

  it('fails the cell when every side of a group is optional and absent', async () => {
    await expect(
      measureSpeedup(
        { workload: 'matmul', sides: [{ ...missing, optional: true }] },
        { workload: 'matmul', sides: [wasm] },
        'smoke',
      ),
    ).rejects.toThrow(/no fast side could open here: torch:no-such-configuration/);
  }, 120_000);
});
