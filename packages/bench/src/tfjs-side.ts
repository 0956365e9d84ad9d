import { Worker } from 'node:worker_threads';
import type { BackendName } from '@repro/tensor';
import type { Prepared, SampleOptions, TimingSide } from './timing-side.ts';

const WORKER = new URL('./side-worker.mjs', import.meta.url);

type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

/**
 * A tfjs backend in its own worker thread (tfjs's engine is global per thread, so each side has its
 * own and sides never share tensors). `js` workloads run on a `cpu` side labelled `js`. `env` is added
 * to the worker's environment (e.g. `REPRO_WASM_THREADS` for `wasm-mt`). Rejects with
 * the backend's reason when it cannot be created here.
 */
export async function openTfjsSide(
  backend: BackendName,
  label: string = backend,
  env: Record<string, string> = {},
): Promise<TimingSide> {
  const worker = new Worker(WORKER, { workerData: { backend }, env: { ...process.env, ...env } });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 1;
  let failure: Error | undefined;
  const fail = (error: Error) => {
    failure ??= error;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  worker.on('message', (reply: Reply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (reply.ok) p.resolve(reply.value);
    else p.reject(new Error(`${label}: ${reply.error}`));
  });
  worker.on('error', (error) => fail(error));
  worker.on('exit', (code) => fail(new Error(`${label}: worker exited (${code})`)));
  const opened = new Promise<unknown>((resolve, reject) => pending.set(0, { resolve, reject }));
  const call = <T>(op: string, ...args: unknown[]): Promise<T> => {
    if (failure) return Promise.reject(failure);
    const id = next++;
    const promise = new Promise<T>((resolve, reject) =>
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject }),
    );
    worker.postMessage({ id, op, args });
    return promise;
  };
  let info: Record<string, unknown>;
  try {
    info = (await opened) as Record<string, unknown>;
  } catch (error) {
    await worker.terminate();
    throw error;
  }
  return {
    label,
    info,
    prepare: (workload, warmup) => call<Prepared>('prepare', workload, warmup),
    sample: (workload, options: SampleOptions) => call<number[]>('sample', workload, options),
    release: (workload) => call<void>('release', workload),
    close: async () => {
      if (!failure) await call<void>('close').catch(() => undefined);
      await worker.terminate();
    },
  };
}
