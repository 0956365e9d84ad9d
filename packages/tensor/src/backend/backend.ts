import type { BackendName } from './backend-name.ts';

/** The TensorFlow.js API (the `@tensorflow/tfjs-core` module namespace) a backend is used through. */
export type TF = typeof import('@tensorflow/tfjs-core');

/** What is known about one backend on this machine; plain data (provenance records copy it). */
export interface BackendInfo {
  name: BackendName;
  available: boolean;
  /** Why the backend is unavailable (absent when available). */
  reason?: string;
  /** What to do to make it available (absent when available or when nothing can be done). */
  installHint?: string;
  /** Package versions, keyed by package short name (`tfjs-core`, `tfjs-backend-wasm`, `webgpu`, …). */
  versions: Record<string, string>;
  /** Backend facts that can change results or speed: SIMD and threads for wasm, adapter for webgpu, … */
  flags: Record<string, unknown>;
}

/** A ready backend: `tf` has it selected. One per thread (the tfjs engine is global per thread). */
export interface Backend {
  name: BackendName;
  tf: TF;
  info: BackendInfo;
  /** Releases the backend's memory (every tensor on it) and device; idempotent. */
  dispose(): Promise<void>;
}
