/** Whether a value can be placed on an axis: finite, and positive on a logarithmic axis. */
export function drawable(value: number | null | undefined, log: boolean): value is number {
  return typeof value === 'number' && Number.isFinite(value) && (!log || value > 0);
}
