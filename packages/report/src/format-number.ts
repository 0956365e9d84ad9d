/**
 * A number for people: four significant digits, `∞`/`-∞` for infinite values and for open
 * interval ends (JSON has no Infinity, so results store them as null; `side` says which end).
 */
export function formatNumber(value: number | null | undefined, side: -1 | 1 = 1): string {
  if (value === null || value === undefined) return side < 0 ? '-∞' : '∞';
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '-∞';
  return Number(value.toPrecision(4)).toString();
}
