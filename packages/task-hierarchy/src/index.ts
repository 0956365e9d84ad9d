export { encodeAll0 } from './encode-all0.ts';
export { expandTree } from './expand-tree.ts';
export { grammarInformation } from './grammar-information.ts';
export { type ClassPoints, countDistinct, hierarchyDataset } from './hierarchy-dataset.ts';
export { type HierarchyExperiment, type HierarchyRun, runHierarchyExperiment } from './hierarchy-experiment.ts';
export { type HierarchyModel, hierarchyModel } from './hierarchy-model.ts';
export { createHierarchyNet, type HierarchyNet, type HierarchyNetConfig, type NetKind } from './hierarchy-net.ts';
export { blankToken, type HierarchyParams, inputLength, patchLength, type Sparsity } from './hierarchy-params.ts';
export { hierarchyRules } from './hierarchy-rules.ts';
export { baseLearningRate } from './lr-table.ts';
export { maxDistinctInputs } from './max-distinct-inputs.ts';
export { placements } from './placements.ts';
export { sensitivity } from './sensitivity.ts';
export {
  type EncodedSplit,
  type TrainOptions,
  type TrainResult,
  testError,
  trainHierarchyNet,
} from './train-hierarchy-net.ts';
export { type ChoiceKind, drawChoices, redrawChoices, type TreeChoices } from './tree-choices.ts';
