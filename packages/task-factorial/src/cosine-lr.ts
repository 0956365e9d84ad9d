/**
 * PyTorch's CosineAnnealingLR (η_min = 0) stepped after every optimizer step, as a learning-rate
 * function of the step t = 1, 2, …: lr0·(1 + cos(π·(t − 1)/T))/2.
 */
export function cosineLr(lr0: number, total: number): (t: number) => number {
  return (t) => (lr0 * (1 + Math.cos((Math.PI * (t - 1)) / total))) / 2;
}
