/** A learning rate: constant, or a function of the step number t = 1, 2, … being applied. */
export type LearningRate = number | ((t: number) => number);

/** The learning rate for step t. */
export function learningRateAt(lr: LearningRate, t: number): number {
  return typeof lr === 'number' ? lr : lr(t);
}
