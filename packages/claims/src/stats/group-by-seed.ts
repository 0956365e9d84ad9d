/**
 * Items grouped by their `seed`, groups in order of first appearance, items in input order: the units
 * of a bootstrap over seeds. Seeds compare by value and type (3 and '3' are different seeds).
 */
export function groupBySeed<T extends { seed: number | string }>(items: readonly T[]): T[][] {
  const groups = new Map<number | string, T[]>();
  for (const item of items) {
    const group = groups.get(item.seed);
    if (group) group.push(item);
    else groups.set(item.seed, [item]);
  }
  return [...groups.values()];
}
