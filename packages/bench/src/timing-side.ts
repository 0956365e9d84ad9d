/** First-call and warm-up times of a workload on one side, measured apart from the timed samples. */
export interface Prepared {
  /** The first call after setup (kernel compilation, allocations, thread start-up), ms. */
  firstMs: number;
  /** The warm-up calls after it, ms each. */
  warmupMs: number[];
}

export interface SampleOptions {
  /** Time budget of the batch, ms (tinybench `time`). */
  timeMs: number;
  /** Minimum iterations of the batch (tinybench `iterations`). */
  minIterations: number;
}

/**
 * One place workloads are timed: a tfjs backend in its own worker thread (its own engine), or the
 * PyTorch reference in its own process. Every side answers the same requests, so the runner can
 * interleave them. Each timed call includes reading the result back.
 */
export interface TimingSide {
  /** `wasm`, `wasm-mt`, `cpu`, `webgpu`, `js` (plain-JS workloads) or `torch:<config>`. */
  label: string;
  /** Versions and flags (backend info, torch configuration). */
  info: Record<string, unknown>;
  /** Sets the workload up and measures its first call and `warmup` warm-up calls. */
  prepare(workload: string, warmup: number): Promise<Prepared>;
  /** A batch of timed calls (tinybench on tfjs sides): one latency sample per call, ms. */
  sample(workload: string, options: SampleOptions): Promise<number[]>;
  /** Disposes the workload; rejects when tensors leaked (tfjs sides count them before and after). */
  release(workload: string): Promise<void>;
  close(): Promise<void>;
}
