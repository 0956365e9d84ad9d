/**
 * The authors' base learning rate (fun_choices.choice_lr; the effective rate is this × width).
 * CNN: s = 2, L = 2, s0 > 0: 0.1 (s0 < 4), 0.03 (s0 = 4), 0.01 (s0 ≥ 6); s = 2, L ≥ 3, s0 > 0: 0.01, 0.003,
 * 0.001; s = 2, s0 = 0: 0.01; s > 2: 0.01, 0.003, 0.0003. LCN: s = 2: 0.01 (s0 < 4), 0.003; s > 2: 0.003.
 */
export function baseLearningRate(net: 'cnn' | 'lcn', s: number, depth: number, s0: number): number {
  if (net === 'lcn') return s === 2 ? (s0 < 4 ? 0.01 : 0.003) : 0.003;
  if (depth === 1) return s0 < 4 ? 0.1 : 0.03;
  if (s === 2 && s0 === 0) return 0.01;
  if (s === 2) {
    const row = depth === 2 ? [0.1, 0.03, 0.01] : [0.01, 0.003, 0.001];
    return (s0 < 4 ? row[0] : s0 < 6 ? row[1] : row[2]) as number;
  }
  return s0 < 4 ? 0.01 : s0 < 6 ? 0.003 : 0.0003;
}
