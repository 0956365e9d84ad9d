/** Tiers change grids and budgets, never the rule. */
export const TIERS = ['smoke', 'quick', 'full'] as const;
export type Tier = (typeof TIERS)[number];

/** True when `tier` is at least as large as `lowest`. */
export function tierAtLeast(tier: Tier, lowest: Tier): boolean {
  return TIERS.indexOf(tier) >= TIERS.indexOf(lowest);
}
