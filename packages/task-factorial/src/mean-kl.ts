/**
 * The paper's loss 𝓛 = CE(p, p̂) − H(p) averaged uniformly over the given rows: mean over x of
 * KL(p(·|x) ‖ p̂(·|x)) = Σ_y p(y|x)·(log p(y|x) − log p̂(y|x)). `table` is the N×M truth, `logProbs` the
 * model's log-probabilities for `rows` (in that order, |rows|×M). Terms with p = 0 contribute 0.
 */
export function meanKl(
  table: ArrayLike<number>,
  logProbs: ArrayLike<number>,
  m: number,
  rows: ArrayLike<number>,
): number {
  if (rows.length === 0) throw new RangeError('meanKl: no rows');
  let total = 0;
  for (let r = 0; r < rows.length; r += 1) {
    const x = rows[r] as number;
    for (let y = 0; y < m; y += 1) {
      const p = table[x * m + y] as number;
      if (p > 0) total += p * (Math.log(p) - (logProbs[r * m + y] as number));
    }
  }
  return total / rows.length;
}
