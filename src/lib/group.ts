/**
 * Group items under every key they belong to (a job has many skills).
 * Insertion order is kept, so callers sort once and groups stay sorted.
 */
export function groupByMany<T, K>(items: Iterable<T>, keysOf: (item: T) => Iterable<K>): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/** Largest groups first, then by label, for index pages. */
export function byCountThenLabel<T extends { count: number; label: string }>(a: T, b: T): number {
  return b.count - a.count || a.label.localeCompare(b.label, 'en');
}
