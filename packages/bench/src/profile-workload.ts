import type { Rng, TF } from '@repro/tensor';
import type { Workload } from './workload.ts';

export interface KernelShare {
  kernel: string;
  calls: number;
  ms: number;
  /** Share of the summed kernel time. */
  share: number;
}

/**
 * Where one iteration's time goes: `tf.profile` around `calls` iterations (after one untimed call),
 * kernel times summed per registered kernel (op wrappers left out, so nothing is counted twice), largest first; `wallMs` is the mean wall time per iteration,
 * `kernelMs` the mean summed kernel time (the rest is JavaScript: tape, tidy, dispatch, readback).
 */
export async function profileWorkload(
  tf: TF,
  workload: Workload,
  rng: Rng,
  calls = 5,
): Promise<{ wallMs: number; kernelMs: number; kernels: KernelShare[] }> {
  const instance = workload.setup(tf, rng);
  try {
    await instance.run();
    const totals = new Map<string, { calls: number; ms: number }>();
    let wall = 0;
    for (let i = 0; i < calls; i += 1) {
      const started = performance.now();
      const info = await tf.profile(() => instance.run());
      wall += performance.now() - started;
      for (const k of info.kernels) {
        // tf.profile also lists op wrappers (custom-gradient ops, `logSoftmax__op`) around the kernels they run.
        if (!tf.getKernel(k.name, tf.getBackend())) continue;
        const t = totals.get(k.name) ?? { calls: 0, ms: 0 };
        t.calls += 1;
        t.ms += Number(k.kernelTimeMs) || 0;
        totals.set(k.name, t);
      }
    }
    const kernelMs = [...totals.values()].reduce((s, t) => s + t.ms, 0);
    const kernels = [...totals]
      .map(([kernel, t]) => ({ kernel, calls: t.calls / calls, ms: t.ms / calls, share: t.ms / kernelMs }))
      .sort((a, b) => b.ms - a.ms);
    return { wallMs: wall / calls, kernelMs: kernelMs / calls, kernels };
  } finally {
    instance.dispose();
  }
}
