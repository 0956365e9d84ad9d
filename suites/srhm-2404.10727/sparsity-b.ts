import { C1, CNN_L2, CNN_L2_B, cellsOf, familyConfigs, shuffledControl } from './grids.ts';
import { source } from './paper.ts';
import { slopeClaim } from './scaling-claims.ts';

export const sparsityBSlope = slopeClaim({
  id: 'srhm.sparsity-b-slope',
  source: source(
    'diffeoB runs (sparse_hierarchy_model dataset_creating/hierarchical_s0_bs_S_diffeoB.py, creating_sh_cnn2_diffeo.py)',
  ),
  statement:
    'With sparsity B (the s informative tokens placed, in order, anywhere in the patch) the CNN keeps the scaling P* ∝ (s0+1)² of sparsity A.',
  quantity:
    'slope of log P* on log(s0+1) for the CNN, L = 2, v = 3, sparsity B; same P* definition and interval as srhm.cnn-slope-l2',
  expected: { value: 2, tolerance: 0.5 },
  rule: 'pass when the whole slope interval lies in [1.5, 2.5], the band of C2.2 (CLAIMS.md C2.5)',
  lowestTier: 'full',
  control:
    'the shuffled-label control cells of srhm.cnn-slope-l2 (sparsity A; labels carry no structure): no P* may exist',
  cells: (tier) =>
    cellsOf(familyConfigs(CNN_L2_B, tier, 'full', 'true'), shuffledControl(CNN_L2, tier, 'full'), tier, 'full'),
  x: (c) => c.s0 + 1,
  xLabel: '(s0+1)',
  predicted: { name: 'paper (sparsity A): 2.5·(s0+1)²·n_c m^L', a: C1 * 27, b: 2 },
});
