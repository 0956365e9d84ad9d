import { createRng, deriveSeed } from '@repro/tensor';
import { createTeacher, featureDimension, TRAIN_CHUNK } from '../src/index.ts';

/**
 * The streamed-fit fixture of the training-stream and operator tests: a d = 8 power-law teacher, three training
 * chunks (the last one cut), its stream seed and the estimator options.
 */
export const streamFixture = () => {
  const d = 8;
  const teacher = createTeacher({ d, eps: 0.5, bMode: 'powerlaw', gamma: 0.25, link: 'id' }, createRng(11));
  return {
    d,
    dim: featureDimension(d),
    teacher,
    n: 2 * TRAIN_CHUNK + 1234,
    seed: deriveSeed(7, 'train'),
    options: { k: teacher.p, oversample: 10, iters: 15 },
  };
};
