/**
 * The part of a `repro bench` result (bench.json, @repro/bench's BenchResults) the report draws; kept
 * structural so the report does not depend on the bench package.
 */
export interface BenchReport {
  startedAt: string;
  machine: { cpus: number; model: string; node: string; loadavg: number[] };
  sides: { label: string; skipped?: string }[];
  workloads: {
    workload: string;
    description: string;
    flops: number;
    sides: (
      | { state: 'completed'; side: string; medianMs: number; gflops: number | null }
      | { state: 'errored'; side: string; error: string }
    )[];
    torchBest?: string;
    ratioToTorch?: Record<string, { value: number; interval: [number | null, number | null] }>;
  }[];
}

export interface PerformanceRow {
  workload: string;
  side: string;
  /** Torch configurations are the reference, not ours. */
  reference: boolean;
  gflops: number | null;
  medianMs: number | null;
  error: string | null;
  /** ours/torch speed (torch median / our median) with its interval; null for torch or when torch did not run. */
  ratio: { value: number; interval: [number | null, number | null] } | null;
}

/** One row per (workload, side), in the order of the file; torch sides are marked as the reference. */
export function performanceRows(bench: BenchReport): PerformanceRow[] {
  return bench.workloads.flatMap((w) =>
    w.sides.map((s) => ({
      workload: w.workload,
      side: s.side,
      reference: s.side.startsWith('torch'),
      gflops: s.state === 'completed' ? s.gflops : null,
      medianMs: s.state === 'completed' ? s.medianMs : null,
      error: s.state === 'errored' ? s.error : null,
      ratio: w.ratioToTorch?.[s.side] ?? null,
    })),
  );
}
