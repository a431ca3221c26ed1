/**
 * Indexes over one file's facts, for the lookups rules make for every value they follow: a scan of
 * the whole list each time made large files quadratic. Facts do not change during a scan, so an
 * index is built on first use and lives as long as its list.
 */

/** The index of `list` kept in `cache`, built by `build` the first time it is asked for. */
export function builtOnce<L extends object, I>(cache: WeakMap<L, I>, list: L, build: (list: L) => I): I {
  let index = cache.get(list);
  if (index === undefined) {
    index = build(list);
    cache.set(list, index);
  }
  return index;
}

/** Items by each of the keys `keys` gives them (the lines they cover, the name they assign...), in list order. */
export function groupBy<T, K>(items: readonly T[], keys: (item: T) => readonly K[]): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const group = groups.get(key);
      if (group) {
        group.push(item);
      } else {
        groups.set(key, [item]);
      }
    }
  }
  return groups;
}
