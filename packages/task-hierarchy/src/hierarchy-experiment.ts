import { createRng, deriveSeed, samplePermutation, type TF } from '@repro/tensor';
import { encodeAll0 } from './encode-all0.ts';
import { expandTree } from './expand-tree.ts';
import { hierarchyDataset } from './hierarchy-dataset.ts';
import { hierarchyModel } from './hierarchy-model.ts';
import { createHierarchyNet, type HierarchyNet, type NetKind } from './hierarchy-net.ts';
import { type HierarchyParams, inputLength, patchLength } from './hierarchy-params.ts';
import { baseLearningRate } from './lr-table.ts';
import { sensitivity } from './sensitivity.ts';
import { type EncodedSplit, type TrainResult, trainHierarchyNet } from './train-hierarchy-net.ts';
import { redrawChoices } from './tree-choices.ts';

export interface HierarchyExperiment {
  params: HierarchyParams;
  net: NetKind;
  width: number;
  /** Training points per class (a multiple of `perClassBatch`). */
  trainPerClass: number;
  /** Largest training size per class of the grid: the pool is drawn for it, so sizes are nested. */
  poolTrainPerClass: number;
  testPerClass: number;
  /** Base points per class for the sensitivities (the paper: 20). */
  sensitivityPerClass: number;
  maxEpochs: number;
  /** Train on labels permuted at random (the shuffled-label control). */
  shuffleLabels: boolean;
  /** Defaults to the authors' lr table. */
  baseLr?: number;
  /**
   * Seed of the production rules, when several experiments share them (default: derived from the run's seed).
   * The rules' draw depends on (v, n_c, m, s, L) only, not on s0 or the sparsity, so one rules seed gives the same
   * grammar at every s0, as the authors' `random.seed(seed_init)` followed by one shuffle per level does.
   */
  rulesSeed?: number;
}

/** Retrainings from a new init after a dead net (see `TrainResult.dead`). */
export const MAX_RESTARTS = 2;

export interface HierarchyRun extends TrainResult {
  /** Total training points P = n_c × per class. */
  P: number;
  lr: number;
  /** Times the net died and was retrained from a new init (0 unless a net died; `dead` when the last one did too). */
  restarts: number;
  /** S_{2,1}: synonym exchange at the lowest level, second hidden layer (NaN when L < 2). */
  synonymSensitivity: number;
  /** D_{2,1}: placement re-draw at the lowest level, second hidden layer (0 for s0 = 0). */
  diffeoSensitivity: number;
  /**
   * S_{2,1} and D_{2,1} of the trained net at its initialization (same base points and perturbed copies): the
   * level the sensitivities fall from, against which the notebooks' thresholds can be read.
   */
  initialSynonymSensitivity: number;
  initialDiffeoSensitivity: number;
  seconds: number;
}

/**
 * One training run of the SRHM protocol: draw the model (rules, from `e.rulesSeed` when given) and a pool of
 * distinct points from `seed` (the network's init and batch order from `netSeed`), train the net on the first
 * `trainPerClass` points of every class (nested in P for a fixed seed), test on a disjoint held-out set, and
 * measure S_{2,1} and D_{2,1} on perturbed copies of held-out points with the network of the best test error
 * (as sens_s.py loads `best['net']`), and at its initialization. A net that dies (identical logits for every test point: no unit of the
 * last hidden layer responds, so none can be revived) is retrained from a new init, at most `MAX_RESTARTS` times;
 * the run reports `restarts`.
 */
export async function runHierarchyExperiment(
  tf: TF,
  e: HierarchyExperiment,
  seed: number,
  netSeed = deriveSeed(seed, 'net', e.trainPerClass),
): Promise<HierarchyRun> {
  const started = performance.now();
  const p = e.params;
  const d = inputLength(p);
  const model = hierarchyModel(p, createRng(e.rulesSeed ?? deriveSeed(seed, 'rules')));
  const pool = hierarchyDataset(model, e.poolTrainPerClass + e.testPerClass, createRng(deriveSeed(seed, 'data')));
  const n = p.classes * e.trainPerClass;
  const data: EncodedSplit = { x: new Float32Array(n * d * p.v), labels: new Int32Array(n), n };
  const train: Int32Array[] = [];
  const test: EncodedSplit = {
    x: new Float32Array(p.classes * e.testPerClass * d * p.v),
    labels: new Int32Array(p.classes * e.testPerClass),
    n: p.classes * e.testPerClass,
  };
  let row = 0;
  pool.forEach((cls, label) => {
    const mine = new Int32Array(e.trainPerClass);
    for (let i = 0; i < e.trainPerClass; i += 1) {
      encodeAll0(p, cls.tokens[i] as Int32Array, data.x, row);
      data.labels[row] = label;
      mine[i] = row;
      row += 1;
    }
    train.push(mine);
    for (let i = 0; i < e.testPerClass; i += 1) {
      const at = label * e.testPerClass + i;
      encodeAll0(p, cls.tokens[e.poolTrainPerClass + i] as Int32Array, test.x, at);
      test.labels[at] = label;
    }
  });
  if (e.shuffleLabels) {
    const order = samplePermutation(createRng(deriveSeed(seed, 'shuffled-labels')), n);
    const original = data.labels.slice();
    for (let i = 0; i < n; i += 1) data.labels[i] = original[order[i] as number] as number;
  }
  const base = baseLearningRate(e.net, p.s, p.depth, p.s0);
  const lr = (e.baseLr ?? base) * e.width;
  // The base points and their perturbed copies, encoded once per kind: every measurement (at init, at each new best,
  // after a restart) reads the same copies.
  const copies = new Map<'synonym' | 'placement', { xs: Float32Array; ys: Float32Array }>();
  const copiesOf = (kind: 'synonym' | 'placement') => {
    const cached = copies.get(kind);
    if (cached) return cached;
    const count = p.classes * e.sensitivityPerClass;
    const xs = new Float32Array(count * d * p.v);
    const ys = new Float32Array(count * d * p.v);
    const rng = createRng(deriveSeed(seed, 'perturb', kind));
    let k = 0;
    for (const cls of pool) {
      for (let i = 0; i < e.sensitivityPerClass; i += 1) {
        const choices = cls.choices[e.poolTrainPerClass + i];
        if (!choices) throw new RangeError('runHierarchyExperiment: not enough held-out points for sensitivities');
        encodeAll0(p, expandTree(model, choices), xs, k);
        encodeAll0(p, expandTree(model, redrawChoices(model, choices, kind, p.depth - 1, rng)), ys, k);
        k += 1;
      }
    }
    copies.set(kind, { xs, ys });
    return { xs, ys };
  };
  const sens = async (net: HierarchyNet, kind: 'synonym' | 'placement') => {
    if (p.depth < 2) return Number.NaN;
    const { xs, ys } = copiesOf(kind);
    return sensitivity(tf, net, xs, ys, p.classes * e.sensitivityPerClass, d, p.v, 2);
  };
  // A net that dies (identical logits for every test point) is retrained from a new init, at most MAX_RESTARTS times.
  let restarts = 0;
  for (;;) {
    const attemptSeed = restarts === 0 ? netSeed : deriveSeed(netSeed, 'restart', restarts);
    const net = createHierarchyNet(
      tf,
      { net: e.net, depth: p.depth, filter: patchLength(p), channels: p.v, width: e.width, classes: p.classes },
      createRng(deriveSeed(attemptSeed, 'init', e.net)),
    );
    let synonymSensitivity = Number.NaN;
    let diffeoSensitivity = Number.NaN;
    const atBest = async () => {
      synonymSensitivity = await sens(net, 'synonym');
      diffeoSensitivity = await sens(net, 'placement');
    };
    try {
      const initialSynonymSensitivity = await sens(net, 'synonym');
      const initialDiffeoSensitivity = await sens(net, 'placement');
      const result = await trainHierarchyNet(
        tf,
        net,
        data,
        train,
        test,
        {
          lr,
          momentum: 0.9,
          perClassBatch: 4,
          maxEpochs: e.maxEpochs,
          stopLoss: 1e-3,
          evalEvery: 10,
          length: d,
          channels: p.v,
          classes: p.classes,
        },
        createRng(deriveSeed(attemptSeed, 'train')),
        atBest,
      );
      if (result.dead && restarts < MAX_RESTARTS) {
        restarts += 1;
        continue;
      }
      return {
        ...result,
        P: p.classes * e.trainPerClass,
        lr,
        restarts,
        synonymSensitivity,
        diffeoSensitivity,
        initialSynonymSensitivity,
        initialDiffeoSensitivity,
        seconds: (performance.now() - started) / 1000,
      };
    } finally {
      net.dispose();
    }
  }
}
