import { conv1dPatches, dense, locallyConnected1d, type Rng, sampleNormal, type TF } from '@repro/tensor';
import type { Tensor, Tensor2D, Variable } from '@tensorflow/tfjs-core';

export type NetKind = 'cnn' | 'lcn';

export interface HierarchyNetConfig {
  net: NetKind;
  /** Number of conv layers L (the spatial size is 1 after the last). */
  depth: number;
  /** Filter = stride = s(s0+1). */
  filter: number;
  /** Input channels (v). */
  channels: number;
  width: number;
  classes: number;
}

/**
 * The authors' CNN (`cnn2`) or LCN (`lcn`) in their mean-field-like parametrization: layer i computes
 * ReLU((Σ W·x)/√C_in + 0.1·b), W ~ N(0,1) ([F·C_in, h] shared over positions for the CNN, one per
 * position for the LCN), b ~ N(0,1) per (position, channel); after L layers the output is
 * (mean over positions of y)·β/h with β ~ N(0,1) [h, n_c]. Built on conv1dPatches / locallyConnected1d /
 * dense (custom gradients from explicit transposes).
 */
export interface HierarchyNet {
  config: HierarchyNetConfig;
  vars: Variable[];
  /** x [B, d, C] → logits [B, n_c] and the post-ReLU activation of every hidden layer ([B, positions, h]). */
  apply(x: Tensor): { logits: Tensor2D; hidden: Tensor[] };
  dispose(): void;
}

const normal = (tf: TF, rng: Rng, shape: number[]) => {
  const size = shape.reduce((a, b) => a * b, 1);
  return tf.variable(tf.tensor(sampleNormal(rng, size), shape));
};

export function createHierarchyNet(tf: TF, config: HierarchyNetConfig, rng: Rng): HierarchyNet {
  const { net, depth, filter, channels, width, classes } = config;
  const weights: Variable[] = [];
  const biases: Variable[] = [];
  for (let i = 0; i < depth; i += 1) {
    const cin = i === 0 ? channels : width;
    const positions = filter ** (depth - 1 - i);
    weights.push(normal(tf, rng, net === 'cnn' ? [filter * cin, width] : [positions, filter * cin, width]));
    biases.push(normal(tf, rng, [positions, width]));
  }
  const beta = normal(tf, rng, [width, classes]);
  const apply = (x: Tensor) => {
    const hidden: Tensor[] = [];
    let y = x;
    for (let i = 0; i < depth; i += 1) {
      const cin = i === 0 ? channels : width;
      const w = weights[i] as Variable;
      const pre = net === 'cnn' ? conv1dPatches(tf, y, w, null, filter) : locallyConnected1d(tf, y, w, null, filter);
      y = tf.relu(tf.add(tf.mul(pre, 1 / Math.sqrt(cin)), tf.mul(biases[i] as Variable, 0.1)));
      hidden.push(y);
    }
    const pooled = tf.mean(y, 1) as Tensor2D;
    return { logits: tf.mul(dense(tf, pooled, beta), 1 / width) as Tensor2D, hidden };
  };
  const vars = [...weights, ...biases, beta];
  return {
    config,
    vars,
    apply,
    dispose: () => {
      for (const v of vars) v.dispose();
    },
  };
}
