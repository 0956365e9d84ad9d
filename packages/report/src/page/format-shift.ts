/** A relative shift as a signed percentage: `+12.3%`, `-0.4%`; `—` when there is none. */
export function formatShift(shift: number | null): string {
  if (shift === null) return '—';
  const pct = shift * 100;
  const digits = Math.abs(pct) >= 10 ? 0 : 1;
  return `${pct >= 0 ? '+' : '−'}${Math.abs(pct).toFixed(digits)}%`;
}
