import type { ClaimResult, PlotSpec, ResultsFile, RunResult } from '@repro/claims';
import type { BenchReport } from '../src/bench-report.ts';

/** A string that would run script if any of it reached the page as markup. */
export const HOSTILE = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2">';

/** results.json stores an infinite interval end as null (JSON has no Infinity). */
const interval = (lo: number | null, hi: number | null) => [lo, hi] as unknown as [number, number];

const provenance = (backend: string): RunResult['provenance'] => ({
  commit: '0123456789abcdef0123456789abcdef01234567',
  code: 'c0de',
  node: 'v20.20.2',
  tfjs: '4.22.0',
  cpu: 'Test CPU ×2',
  flags: { backend, simd: true },
  date: '2026-01-02T03:04:05.000Z',
});

/** Three seeds × five sizes of y = 2·x^0.5 with a deterministic wobble, and one y = 0 a log axis must drop. */
const scalingPlot = (hi: number | null): PlotSpec => ({
  kind: 'scaling',
  xLabel: 'P',
  yLabel: 'error',
  logX: true,
  logY: true,
  series: [
    {
      name: 'runs',
      points: [0, 1, 2].flatMap((seed) =>
        [10, 20, 40, 80, 160].map((x, i) => ({ x, y: 2 * x ** 0.5 * (1 + 0.05 * Math.sin(seed * 5 + i)), seed })),
      ),
    },
    { name: 'degenerate', points: [{ x: 40, y: 0, seed: 3 }] },
  ],
  lines: [{ name: 'predicted slope 0.5', kind: 'power', a: 2, b: 0.5, role: 'prediction' }],
  band: { name: 'fit', a: 2.1, b: 0.49, interval: interval(0.45, hi), pivot: 40 },
});

const curvePlot = (shift: number): PlotSpec => ({
  kind: 'curve',
  xLabel: 'samples P',
  yLabel: 'test error',
  logX: true,
  series: [
    { name: HOSTILE, points: [800, 100, 400, 200, 50, 1600].map((x) => ({ x, y: 0.5 / (1 + x / 200) + shift })) },
    {
      name: 'kernel baseline',
      points: [50, 100, 200, 400, 800, 1600].map((x) => ({ x, y: 0.45 - 0.02 * Math.log2(x / 50) })),
    },
  ],
  lines: [
    { name: 'error threshold', kind: 'hline', at: 0.1, role: 'threshold' },
    { name: 'P* of the paper', kind: 'vline', at: 300, role: 'prediction' },
  ],
});

const histogramPlot: PlotSpec = {
  kind: 'histogram',
  xLabel: 'overlap',
  yLabel: 'count',
  series: [
    { name: 'trials', points: Array.from({ length: 40 }, (_, i) => ({ x: i, y: Math.sin(i * 1.7) * 0.3 + 0.5 })) },
  ],
  lines: [{ name: 'chance', kind: 'vline', at: 0.5, role: 'threshold' }],
};

const base = (id: string): Pick<ClaimResult, 'id' | 'statement' | 'source' | 'quantity' | 'rule' | 'expected'> => ({
  id,
  statement: `The measured quantity of ${id} matches the paper.`,
  source: { paper: 'A toy paper', arxiv: '2404.10727', where: 'Fig. 2' },
  quantity: 'exponent (bootstrap 90% interval)',
  rule: 'pass when the interval lies inside the band',
  expected: { value: 0.5, tolerance: 0.1 },
});

function toyClaims(backend: 'wasm' | 'cpu'): ClaimResult[] {
  const cpu = backend === 'cpu';
  return [
    {
      ...base('toy.exponent'),
      verdict: cpu ? 'inconclusive' : 'pass',
      reason: cpu ? '0.52 [0.44, ∞] straddles [0.4, 0.6]' : '0.49 [0.45, 0.53] inside [0.4, 0.6]',
      measured: { value: cpu ? 0.52 : 0.49, interval: cpu ? interval(0.44, null) : interval(0.45, 0.53) },
      control: { verdict: 'fail', measured: { value: 0.02, interval: interval(null, 0.2) }, note: 'shuffled labels' },
      plot: scalingPlot(cpu ? null : 0.53),
      controlPlot: {
        ...scalingPlot(0.2),
        band: { name: 'fit', a: 2, b: 0.02, interval: interval(-0.1, 0.2), pivot: 40 },
      },
    },
    {
      ...base('toy.curve'),
      expected: { value: 0, tolerance: 0.1, band: [null, 0.1] },
      verdict: 'fail',
      reason: `0.3 [0.25, 0.35] outside [-∞, 0.1]`,
      measured: { value: cpu ? 0.31 : 0.3, interval: interval(0.25, 0.35) },
      control: { verdict: 'fail', measured: { value: 0.4, interval: interval(0.35, 0.45) } },
      plot: curvePlot(cpu ? 0.01 : 0),
    },
    {
      ...base('toy.no-plot'),
      verdict: 'error',
      reason: 'RangeError: the run broke',
      measured: null,
      control: null,
    },
  ];
}

function hostileClaims(backend: 'wasm' | 'cpu'): ClaimResult[] {
  const skipped = backend === 'cpu';
  return [
    {
      ...base('hostile.text'),
      statement: HOSTILE,
      verdict: skipped ? 'skipped' : 'pass',
      reason: skipped ? 'backend cpu unavailable' : HOSTILE,
      measured: skipped ? null : { value: 0.5, interval: interval(0.45, 0.55) },
      control: skipped ? null : { verdict: 'fail', measured: { value: null, interval: null }, note: HOSTILE },
      ...(skipped ? {} : { plot: histogramPlot }),
    },
  ];
}

const run = (suite: string, backend: 'wasm' | 'cpu', claims: ClaimResult[], extra: Partial<RunResult>): RunResult => ({
  suite,
  tier: 'quick',
  backend,
  seed: 0,
  durationS: 1.5,
  provenance: provenance(backend),
  claims,
  ...extra,
});

/**
 * A results file with every verdict (pass, fail, inconclusive, skipped, error), two backends for the
 * same claims, a scaling plot (seeds, fit band, prediction), a curve plot, a histogram, a claim without
 * a plot, null interval ends and a hostile string in a statement, a reason, a note and a series name.
 */
export function fixtureResults(): ResultsFile {
  const toy = { title: 'Toy scaling suite', paper: { title: 'A toy paper', arxiv: '2404.10727' } };
  const hostile = { title: `Hostile suite ${HOSTILE}` };
  return {
    schema: 1,
    runs: [
      run('toy-2404.10727', 'wasm', toyClaims('wasm'), toy),
      run('toy-2404.10727', 'cpu', toyClaims('cpu'), toy),
      run('hostile', 'wasm', hostileClaims('wasm'), hostile),
      run('hostile', 'cpu', hostileClaims('cpu'), hostile),
    ],
  };
}

/** An earlier results file: toy.exponent passed on cpu, toy.curve passed on wasm, values a little apart. */
export function fixtureBaseline(): ResultsFile {
  const file = fixtureResults();
  for (const r of file.runs) {
    for (const claim of r.claims) {
      if (claim.measured?.value) claim.measured = { ...claim.measured, value: claim.measured.value * 0.9 };
      if (claim.id === 'toy.exponent' && r.backend === 'cpu') claim.verdict = 'pass';
      if (claim.id === 'toy.curve' && r.backend === 'wasm') claim.verdict = 'pass';
    }
  }
  return file;
}

/** A `repro bench` result: two workloads, our backends and two torch configurations, one errored side. */
export function fixtureBench(): BenchReport {
  const done = (side: string, medianMs: number, gflops: number | null) =>
    ({ state: 'completed', side, medianMs, gflops }) as const;
  return {
    startedAt: '2026-11-22T12:00:00.000Z',
    machine: { cpus: 2, model: 'Toy CPU', node: 'v20.20.2', loadavg: [0.5, 0.4, 0.3] },
    sides: [{ label: 'wasm' }, { label: 'cpu' }, { label: 'webgpu', skipped: 'no adapter' }, { label: 'torch-1t' }],
    workloads: [
      {
        workload: 'matmul-512',
        description: 'plain matMul 512³',
        flops: 2 * 512 ** 3,
        sides: [done('wasm', 10, 26.8), done('cpu', 400, 0.67), done('torch-1t', 3, 89.5), done('torch-2t', 4, 67.1)],
        torchBest: 'torch-1t',
        ratioToTorch: { wasm: { value: 0.3, interval: [0.28, 0.32] }, cpu: { value: 0.0075, interval: [0.007, null] } },
      },
      {
        workload: 'ridge-solve',
        description: `ridge solve ${HOSTILE}`,
        flops: 0,
        sides: [done('wasm', 5, null), { state: 'errored', side: 'cpu', error: 'out of memory' }],
      },
    ],
  };
}

/** The toy suite on wasm at master seeds 0 and 1: toy.exponent's verdict flips, the others keep theirs. */
export function fixtureSeeds(): ResultsFile {
  const [first] = fixtureResults().runs;
  if (!first) throw new Error('fixture without runs');
  const second: RunResult = {
    ...structuredClone(first),
    seed: 1,
    claims: first.claims.map((c) =>
      c.id === 'toy.exponent' ? { ...c, verdict: c.verdict === 'pass' ? 'fail' : 'pass' } : c,
    ),
  };
  return { schema: 1, runs: [first, second] };
}
