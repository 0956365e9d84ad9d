/** One side's timings of one workload (plain data: the JSON output and the report read it). */
export type SideResult =
  | {
      state: 'completed';
      side: string;
      firstMs: number;
      warmupMs: number[];
      /** Latency samples per interleaved round, ms. */
      rounds: number[][];
      medianMs: number;
      /** flops / median time (null when the workload has no FLOP count). */
      gflops: number | null;
    }
  | { state: 'errored'; side: string; error: string };

export interface WorkloadResult {
  workload: string;
  description: string;
  engine: 'tfjs' | 'js';
  params: Record<string, number>;
  flops: number;
  flopsNote: string;
  sides: SideResult[];
  /** The torch configuration with the lower median on this workload, if torch ran it. */
  torchBest?: string;
  /**
   * Speed of each of our sides relative to torch's best configuration: torch median time / ours, with a
   * 90% bootstrap interval over rounds (rounds are the resampled units). ≥ 1 means level with torch or faster.
   */
  ratioToTorch?: Record<string, { value: number; interval: [number, number] }>;
}

export interface BenchResults {
  schema: 1;
  startedAt: string;
  durationS: number;
  options: { backends: string[]; torch: boolean; rounds: number; timeMs: number; minIterations: number };
  /** Per side: backend info or torch configuration; `skipped` sides carry their reason. */
  sides: { label: string; info?: Record<string, unknown>; skipped?: string }[];
  workloads: WorkloadResult[];
  machine: { cpus: number; model: string; node: string; loadavg: number[] };
}
