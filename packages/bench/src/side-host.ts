import { type Backend, type BackendName, createBackend, createRng, deriveSeed } from '@repro/tensor';
import type { Prepared, SampleOptions } from './timing-side.ts';
import type { WorkloadInstance } from './workload.ts';
import { workloadNamed } from './workloads/index.ts';

interface Held {
  instance: WorkloadInstance;
  /**
   * tf.memory().numTensors before setup, and what the instance holds after its first call (which may
   * create state, e.g. Adam's moments); every later call must leave the count there.
   */
  before: number;
  held: number;
}

/**
 * The worker-thread end of a tfjs timing side: one backend, the workloads set up on it, and the
 * tensor-count checks (after setup, after every timed batch, after dispose).
 */
export class SideHost {
  private readonly workloads = new Map<string, Held>();
  private constructor(private readonly backend: Backend) {}

  static async open(name: BackendName): Promise<SideHost> {
    return new SideHost(await createBackend(name));
  }

  get info(): Record<string, unknown> {
    return { ...this.backend.info };
  }

  private count(): number {
    return this.backend.tf.memory().numTensors;
  }

  private heldOf(workload: string): Held {
    const held = this.workloads.get(workload);
    if (!held) throw new Error(`workload ${workload} is not prepared`);
    return held;
  }

  private checkCount(workload: string, held: Held, when: string): void {
    const now = this.count();
    if (now !== held.before + held.held) {
      throw new Error(`${workload} leaked ${now - held.before - held.held} tensor(s) ${when}`);
    }
  }

  async prepare(workload: string, warmup: number): Promise<Prepared> {
    const spec = workloadNamed(workload);
    const before = this.count();
    const instance = spec.setup(this.backend.tf, createRng(deriveSeed('bench', workload)));
    let t = performance.now();
    await instance.run();
    const firstMs = performance.now() - t;
    const held: Held = { instance, before, held: this.count() - before };
    this.workloads.set(workload, held);
    const warmupMs: number[] = [];
    for (let i = 0; i < warmup; i += 1) {
      t = performance.now();
      await instance.run();
      warmupMs.push(performance.now() - t);
    }
    this.checkCount(workload, held, 'during its warm-up calls');
    return { firstMs, warmupMs };
  }

  async sample(workload: string, { timeMs, minIterations }: SampleOptions): Promise<number[]> {
    const held = this.heldOf(workload);
    const { Bench } = await import('tinybench');
    const bench = new Bench({
      time: timeMs,
      iterations: minIterations,
      warmup: false,
      retainSamples: true,
      throws: true,
    });
    bench.add(workload, () => held.instance.run());
    await bench.run();
    const result = bench.tasks[0]?.result;
    if (result?.state !== 'completed' || !result.latency.samples) {
      throw new Error(`tinybench did not complete ${workload} (state ${result?.state})`);
    }
    this.checkCount(workload, held, 'over a timed batch');
    return [...result.latency.samples];
  }

  release(workload: string): void {
    const held = this.heldOf(workload);
    this.workloads.delete(workload);
    held.instance.dispose();
    const now = this.count();
    if (now !== held.before) throw new Error(`${workload} leaked ${now - held.before} tensor(s) after dispose`);
  }

  async close(): Promise<void> {
    for (const name of [...this.workloads.keys()]) this.release(name);
    await this.backend.dispose();
  }
}
