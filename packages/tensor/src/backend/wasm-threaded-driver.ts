import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { BackendInfo, TF } from './backend.ts';
import type { BackendDriver } from './backend-driver.ts';
import { BackendUnavailableError } from './backend-unavailable-error.ts';
import { packageVersions } from './package-version.ts';
import { wasmThreads } from './wasm-threads.ts';

const PACKAGES = ['@tensorflow/tfjs-core', '@tensorflow/tfjs-backend-wasm'];
const require = createRequire(import.meta.url);

/** The package's `wasm-out/` directory: the Emscripten loaders, pthread worker scripts and binaries as real files. */
function wasmOutDir(): string {
  return join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm')), '..', 'wasm-out');
}

const FILES = {
  loader: 'tfjs-backend-wasm-threaded-simd.js',
  worker: 'tfjs-backend-wasm-threaded-simd.worker.js',
  binary: 'tfjs-backend-wasm-threaded-simd.wasm',
} as const;

/**
 * The pthread worker script as a real file. The package ships it only as a string
 * (`wasm-out/…worker.js` exports `wasmWorkerContents`), which tfjs turns into a `blob:` URL; it is
 * written once to `<tmpdir>/repro-wasm-mt/<sha256 of the script>/worker.cjs` (content-addressed, so a
 * file found there is the right one; written to a temporary name and renamed, so readers never see
 * half a file) and its path returned.
 */
function workerScriptFile(dir: string): string {
  const exported = require(join(dir, FILES.worker)) as { wasmWorkerContents: string };
  // The exported string has raw newlines where the script means "\n" escapes (tfjs escapes them too).
  const wasmWorkerContents = exported.wasmWorkerContents.replace(/\n/g, '\\n');
  const hash = createHash('sha256').update(wasmWorkerContents).digest('hex').slice(0, 16);
  const cacheDir = join(tmpdir(), 'repro-wasm-mt', hash);
  const file = join(cacheDir, 'worker.cjs');
  if (existsSync(file) && readFileSync(file, 'utf8') === wasmWorkerContents) return file;
  mkdirSync(cacheDir, { recursive: true });
  const partial = `${file}.${process.pid}.${randomUUID()}`;
  writeFileSync(partial, wasmWorkerContents);
  renameSync(partial, file);
  return file;
}

/** The Emscripten module of the threaded SIMD build, as tfjs's `BackendWasm` expects it. */
interface ThreadedModule {
  cwrap(name: string, ret: string | null, args: string[]): (...args: number[]) => unknown;
  tfjs?: Record<string, unknown>;
}
type ThreadedFactory = (config: Record<string, unknown>) => Promise<ThreadedModule>;

function info(threads: number, dir: string, available: boolean, reason?: string): BackendInfo {
  const flags = { simd: true, threads: true, threadsCount: threads, binary: FILES.binary, wasmDir: dir };
  const base = { name: 'wasm-mt' as const, available, versions: packageVersions(PACKAGES), flags };
  return available
    ? base
    : { ...base, reason: reason ?? 'unknown', installHint: 'reinstall dependencies (pnpm install)' };
}

function inspect(): BackendInfo {
  const threads = wasmThreads();
  const dir = wasmOutDir();
  const missing = Object.values(FILES).filter((f) => !existsSync(join(dir, f)));
  return missing.length > 0
    ? info(threads, dir, false, `${missing.join(', ')} not found in ${dir}`)
    : info(threads, dir, true);
}

type Imports = Record<string, Record<string, unknown>>;
type ReceiveInstance = (instance: object, module: object) => void;
/** The part of the WebAssembly global used here (the project's `lib` has no WebAssembly types). */
interface WasmApi {
  instantiate(bytes: Uint8Array, imports: Imports): Promise<{ instance: object; module: object }>;
}

/**
 * Instantiates the threaded SIMD build with `threads` threads in its XNNPACK pool. Two things in the
 * stock loader stop threads in Node, both handled here through Emscripten's documented module hooks,
 * without modifying the package:
 * - tfjs points the pthread workers at `blob:` URLs, which Node's `worker_threads` refuse: here
 *   `locateFile` returns the worker script written to a file, and `mainScriptUrlOrBlob` the package's
 *   loader file, which each worker reads from disk;
 * - the backend caps its pool at half the logical cores (it assumes two hyperthreads per core), one
 *   thread on a 2-core machine: `instantiateWasm` instantiates the binary with the core count it
 *   reads (`emscripten_num_logical_cores`) answering 2 × `threads`, so the cap is `threads`.
 * The cwrapped entry points are the ones tfjs's loader sets up (`backend_wasm.ts`).
 */
async function instantiate(dir: string, threads: number): Promise<ThreadedModule> {
  const factory = require(join(dir, FILES.loader)) as ThreadedFactory;
  const worker = workerScriptFile(dir);
  let fail: (error: unknown) => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  const instantiateWasm = (info: Imports, receive: ReceiveInstance) => {
    const env = { ...info.env, emscripten_num_logical_cores: () => 2 * threads };
    const imports = { ...info, env, wasi_snapshot_preview1: env };
    (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly.instantiate(
      readFileSync(join(dir, FILES.binary)),
      imports,
    )
      .then(({ instance, module }) => receive(instance, module))
      .catch(fail);
    return {};
  };
  const module = await Promise.race([
    factory({
      locateFile: (path: string) =>
        path.endsWith('.worker.js') ? worker : join(dir, path.endsWith('.wasm') ? FILES.binary : path),
      mainScriptUrlOrBlob: join(dir, FILES.loader),
      instantiateWasm,
    }),
    failed,
  ]);
  module.tfjs = {
    init: module.cwrap('init', null, []),
    initWithThreadsCount: module.cwrap('init_with_threads_count', null, ['number']),
    getThreadsCount: module.cwrap('get_threads_count', 'number', []),
    registerTensor: module.cwrap('register_tensor', null, ['number', 'number', 'number']),
    disposeData: module.cwrap('dispose_data', null, ['number']),
    dispose: module.cwrap('dispose', null, []),
  };
  return module;
}

/** The stock `wasm` factory, kept to put back on release (the package registers it once, at import). */
let stockFactory: ReturnType<TF['findBackendFactory']> | undefined;

/**
 * `wasm-mt`: @tensorflow/tfjs-backend-wasm's threaded SIMD build (XNNPACK on a pthread pool), in
 * Node, with `REPRO_WASM_THREADS` threads (default: the cores). It registers under tfjs's name
 * `wasm`, where the package's kernels live, in place of the stock single-threaded factory, and puts
 * that factory back on release. A separate name rather than a setting of `wasm`: the runner already
 * spreads cells over one worker per core, so threads inside each would oversubscribe the cores, and
 * results recorded as `wasm` keep meaning the single-threaded build.
 */
export const wasmThreadedDriver: BackendDriver = {
  tfjsName: 'wasm',
  describe: async () => inspect(),
  register: async (tf) => {
    const described = inspect();
    if (!described.available) {
      throw new BackendUnavailableError('wasm-mt', described.reason ?? 'unknown', described.installHint);
    }
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    stockFactory ??= tf.findBackendFactory('wasm');
    const threads = described.flags.threadsCount as number;
    const dir = described.flags.wasmDir as string;
    tf.removeBackend('wasm');
    tf.registerBackend(
      'wasm',
      async () => {
        const module = await instantiate(dir, threads);
        wasm.setThreadsCount(threads);
        return new wasm.BackendWasm(module as unknown as ConstructorParameters<typeof wasm.BackendWasm>[0]);
      },
      2,
    );
    return {
      info: described,
      release: async () => {
        tf.removeBackend('wasm');
        if (stockFactory) tf.registerBackend('wasm', stockFactory, 2);
      },
    };
  },
};
