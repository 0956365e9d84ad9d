const text = (loss: number) => (Number.isNaN(loss) ? 'NaN' : loss > 0 ? 'Infinity' : '-Infinity');

/**
 * Thrown by a cell whose training reached a non-finite loss. The engine records the cell as `diverged`
 * with its step (not retried: the same seed diverges again) and the claim's verdict becomes `error`
 * naming the step, so a divergence can never pass silently.
 */
export class Diverged extends Error {
  override readonly name = 'Diverged';
  readonly step: number;
  readonly loss: string;

  constructor(step: number, loss: number) {
    super(`diverged at step ${step} (loss ${text(loss)})`);
    this.step = step;
    this.loss = text(loss);
  }
}

/** Returns `loss` when it is finite; throws Diverged(step, loss) when it is NaN or ±Infinity. */
export function assertFinite(loss: number, step: number): number {
  if (!Number.isFinite(loss)) throw new Diverged(step, loss);
  return loss;
}

/** Recognises a Diverged thrown from any copy of this module (suites and workers may load it twice). */
export function isDiverged(error: unknown): error is Diverged {
  const e = error as Partial<Diverged> | null;
  return e?.name === 'Diverged' && typeof e.step === 'number' && typeof e.loss === 'string';
}
