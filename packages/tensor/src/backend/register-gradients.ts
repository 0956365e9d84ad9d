import { register } from 'node:module';
import type { TF } from './backend.ts';

/**
 * Resolve hook for tfjs-core's ESM build, whose relative imports carry no extension
 * (`./gradients/Abs_grad`), which Node's ESM resolver refuses: retry with `.js`, then `/index.js`.
 * Scoped to importers inside `@tensorflow/tfjs-core/dist/`; everything else resolves unchanged.
 */
const EXTENSIONLESS_TFJS_HOOK = `
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (error) {
    const parent = context.parentURL ?? '';
    if (!specifier.startsWith('.') || !parent.includes('/@tensorflow/tfjs-core/dist/')) throw error;
    for (const suffix of ['.js', '/index.js']) {
      try { return await next(specifier + suffix, context); } catch {}
    }
    throw error;
  }
}`;

/**
 * Registers tfjs's gradient functions (tfjs-core's Node bundle ships without them).
 *
 * `@tensorflow/tfjs-core/dist/register_all_gradients.js` is an ESM file with extensionless imports,
 * so outside a bundler it needs the resolve hook above. The gradients it loads come from tfjs-core's
 * ESM build; they register into, and run on, the same per-thread global engine and registries as the
 * CommonJS build (tfjs keeps them in a global namespace, and its `instanceof Tensor` checks methods, not class identity).
 * Idempotent: does nothing once the gradient registry has entries.
 */
export async function registerGradients(tf: TF): Promise<void> {
  if (tf.getGradient('BatchMatMul') !== undefined) return;
  register(`data:text/javascript,${encodeURIComponent(EXTENSIONLESS_TFJS_HOOK)}`);
  await import('@tensorflow/tfjs-core/dist/register_all_gradients.js');
  if (tf.getGradient('BatchMatMul') === undefined) throw new Error('tfjs gradients did not register');
}
