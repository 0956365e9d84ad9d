import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Prepared, SampleOptions, TimingSide } from './timing-side.ts';
import { workloadNamed } from './workloads/index.ts';

/** A configuration of the PyTorch reference: threads inside torch and the environment of its BLAS. */
export interface TorchConfig {
  name: string;
  threads: number;
  env: Record<string, string>;
}

/**
 * The two configurations compared on a 2-core machine (torch's OpenMP threads and OpenBLAS's fight):
 * one torch thread with OpenBLAS on 2 threads, and the defaults. The best one per workload is reported.
 */
export const TORCH_CONFIGS: readonly TorchConfig[] = [
  { name: 'set_num_threads(1)+OPENBLAS_NUM_THREADS=2', threads: 1, env: { OPENBLAS_NUM_THREADS: '2' } },
  { name: 'defaults', threads: 0, env: {} },
];

/** Where torch may be: REPRO_TORCH_PYTHON, Debian's python3 (python3-torch), then python3 on PATH. */
function candidates(env: NodeJS.ProcessEnv): string[] {
  return [env.REPRO_TORCH_PYTHON, '/usr/bin/python3', 'python3'].filter((p): p is string => Boolean(p));
}

/** The first python that imports torch, or why none does. */
export function findTorchPython(env: NodeJS.ProcessEnv = process.env): { python: string } | { reason: string } {
  const tried: string[] = [];
  for (const python of candidates(env)) {
    const probe = spawnSync(python, ['-c', 'import torch'], { encoding: 'utf8', timeout: 60_000 });
    if (probe.status === 0) return { python };
    tried.push(
      `${python}: ${probe.error ? probe.error.message : (probe.stderr.trim().split('\n').at(-1) ?? 'failed')}`,
    );
  }
  return {
    reason: `no python with torch (${tried.join('; ')}); install Debian's python3-torch and libopenblas0-pthread`,
  };
}

type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

/** The PyTorch reference (`scripts/torch/bench.py`) in its own process, in configuration `config`. */
export async function openTorchSide(
  python: string,
  script: string,
  config: TorchConfig,
  env: Record<string, string> = {},
): Promise<TimingSide> {
  const child: ChildProcess = spawn(python, [script, '--threads', String(config.threads)], {
    env: { ...process.env, ...env, ...config.env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const label = `torch:${config.name}`;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 1;
  createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
    const reply = JSON.parse(line) as Reply;
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (reply.ok) p.resolve(reply.value);
    else p.reject(new Error(`${label}: ${reply.error}`));
  });
  child.on('exit', (code) => {
    for (const p of pending.values()) p.reject(new Error(`${label}: process exited (${code})`));
    pending.clear();
  });
  const call = <T>(op: string, fields: Record<string, unknown> = {}): Promise<T> => {
    const id = next++;
    const promise = new Promise<T>((resolve, reject) =>
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject }),
    );
    child.stdin?.write(`${JSON.stringify({ id, op, ...fields })}\n`);
    return promise;
  };
  const info = { ...(await call<Record<string, unknown>>('info')), config: config.name, env: config.env };
  return {
    label,
    info,
    prepare: async (workload, warmup) =>
      call<Prepared>('prepare', { workload, params: workloadNamed(workload).params, warmup }),
    sample: (workload, options: SampleOptions) => call<number[]>('sample', { workload, ...options }),
    release: (workload) => call<void>('release', { workload }),
    close: async () => {
      await call<void>('close').catch(() => undefined);
      child.kill();
    },
  };
}
