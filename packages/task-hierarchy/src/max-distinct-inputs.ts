import type { HierarchyParams } from './hierarchy-params.ts';

/** Pmax = n_c·m^{(s^L − 1)/(s − 1)}: the number of distinct inputs of the RHM (s0 = 0). */
export function maxDistinctInputs(p: Pick<HierarchyParams, 'classes' | 'm' | 's' | 'depth'>): number {
  return p.classes * p.m ** ((p.s ** p.depth - 1) / (p.s - 1));
}
