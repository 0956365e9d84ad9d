import { createMlp, flopsPerToken, softCrossEntropy } from '@repro/task-factorial';
import { adam, minimize, type TF, uniformInt } from '@repro/tensor';
import type { Scalar, Tensor } from '@tensorflow/tfjs-core';
import type { Workload } from '../workload.ts';
import { softmaxCrossEntropy } from './softmax-cross-entropy.ts';

type Loss = (tf: TF, targets: Tensor, logits: Tensor) => Scalar;

/** The factorial suite's single-pass MLP at its quick size: N = 2⁸ inputs, M = 4⁴ outputs, d 32, f 64, one block. */
const params = { inputs: 256, outputs: 256, dim: 32, hidden: 64, layers: 1, batch: 1024 };

/**
 * One Adam step of `createMlp` (embedding, SwiGLU block, RMSNorm, output layer) on a batch of 1024
 * one-hot targets, as `trainSinglePass` does it (`minimize` on `softCrossEntropy`), then the output
 * weights read back. The batch is fixed (sampling is not timed).
 */
function factorialStepWith(name: string, description: string, loss: Loss): Workload {
  return {
    name,
    description,
    engine: 'tfjs',
    params,
    flops: params.batch * flopsPerToken(params),
    flopsNote: 'B · flopsPerToken (pal: 3 × (L·(6df + 3f) + 2dM + 3d); the embedding lookup counts 0)',
    setup(tf, rng) {
      const model = createMlp(tf, params, rng);
      const optimizer = adam({ lr: 3e-2 });
      const x = tf.tensor1d(
        Int32Array.from({ length: params.batch }, () => uniformInt(rng, params.inputs)),
        'int32',
      );
      const y = Int32Array.from({ length: params.batch }, () => uniformInt(rng, params.outputs));
      const target = tf.tidy(() => tf.cast(tf.oneHot(tf.tensor1d(y, 'int32'), params.outputs), 'float32'));
      const last = model.trainable.at(-1);
      if (!last) throw new Error('factorial MLP has no trainable variables');
      return {
        run: async () => {
          minimize(tf, optimizer, model.trainable, () => loss(tf, target, model.logits(x)));
          await last.data();
        },
        dispose: () => {
          optimizer.dispose();
          model.dispose();
          tf.dispose([x, target]);
        },
      };
    },
  };
}

/** The step as the factorial suite trains it (`softCrossEntropy`). */
export const factorialStep = factorialStepWith(
  'factorial-mlp-step',
  'factorial suite MLP (N=256, M=256, d=32, f=64, 1 block), one Adam step on batch 1024',
  softCrossEntropy,
);

/** The same step with the fused softmax cross-entropy gradient (one Exp and one Softmax kernel). */
export const factorialStepFusedCe = factorialStepWith(
  'factorial-mlp-step-fused-ce',
  'the factorial MLP step with a fused softmax cross-entropy gradient',
  softmaxCrossEntropy,
);
