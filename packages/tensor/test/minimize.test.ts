import { describe, expect, it } from 'vitest';
import { createBackend } from '../src/backend/create-backend.ts';
import { minimize } from '../src/optim/minimize.ts';
import { sgd } from '../src/optim/sgd.ts';

describe('minimize(tf, optimizer, vars, loss)', () => {
  it('takes a gradient step on the variables and leaves no tensor behind', async () => {
    const { tf } = await createBackend('cpu');
    const w = tf.variable(tf.tensor1d([3, -2]));
    const optimizer = sgd({ lr: 0.25 });
    const loss = () => tf.sum(tf.square(w)) as ReturnType<typeof tf.scalar>;
    minimize(tf, optimizer, [w], loss); // allocates the optimizer's state once
    const before = tf.memory().numTensors;
    minimize(tf, optimizer, [w], loss);
    expect(tf.memory().numTensors).toBe(before);
    // w ← w − 0.25·2w = w/2, twice
    expect(Array.from(await w.data())).toEqual([0.75, -0.5]);
    optimizer.dispose();
    w.dispose();
  });
});
