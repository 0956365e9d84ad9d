import { describe, expect, it } from 'vitest';
import { performanceRows } from '../src/bench-report.ts';
import { renderHtml } from '../src/render-html.ts';
import { fixtureBench, fixtureResults } from './fixture-results.ts';

describe('performance rows of a bench result', () => {
  it('gives one row per workload and side, marks torch as the reference and carries the ratios', () => {
    const rows = performanceRows(fixtureBench());
    expect(rows.map((r) => `${r.workload}/${r.side}`)).toEqual([
      'matmul-512/wasm',
      'matmul-512/cpu',
      'matmul-512/torch-1t',
      'matmul-512/torch-2t',
      'ridge-solve/wasm',
      'ridge-solve/cpu',
    ]);
    expect(rows.filter((r) => r.reference).map((r) => r.side)).toEqual(['torch-1t', 'torch-2t']);
    expect(rows[0]?.ratio).toEqual({ value: 0.3, interval: [0.28, 0.32] });
    expect(rows[2]?.ratio).toBeNull();
    expect(rows[5]).toMatchObject({ error: 'out of memory', gflops: null, medianMs: null });
  });

  it('is embedded in the page only when given', () => {
    const data = (html: string) =>
      JSON.parse(html.match(/<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/)?.[1] ?? 'null');
    expect(data(renderHtml(fixtureResults())).bench).toBeNull();
    expect(data(renderHtml(fixtureResults(), { bench: fixtureBench() })).bench.workloads).toHaveLength(2);
  });
});
