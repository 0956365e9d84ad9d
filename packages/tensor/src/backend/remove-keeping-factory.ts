import type { TF } from './backend.ts';

/**
 * Disposes the backend instance `tfjsName` and registers its factory again, so the same thread can
 * create it later (`tf.removeBackend` alone would also forget the factory, which the backend
 * packages register only once, at import).
 */
export function removeKeepingFactory(tf: TF, tfjsName: string, priority: number): void {
  const factory = tf.findBackendFactory(tfjsName);
  tf.removeBackend(tfjsName);
  if (factory) tf.registerBackend(tfjsName, factory, priority);
}
