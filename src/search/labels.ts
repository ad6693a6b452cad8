/**
 * Human labels for every filter value, and the options each filter group
 * offers, so the search page and its script agree on one vocabulary.
 */
import type { FilterKey } from './filter-keys.ts';

export interface FilterOption {
  value: string;
  label: string;
  count: number;
}

export interface FilterGroup {
  key: FilterKey;
  legend: string;
  options: FilterOption[];
  /** Options shown before "More…"; the rest sit in a disclosure. */
  visible: number;
  note?: string;
}

/** Counts how many items carry each value of a multi-valued field. */
export function countValues<T>(items: readonly T[], valuesOf: (item: T) => readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const value of new Set(valuesOf(item))) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

export function toOptions(
  labels: ReadonlyArray<readonly [string, string]>,
  counts: ReadonlyMap<string, number>,
  options: { hideEmpty?: boolean; byCount?: boolean } = {},
): FilterOption[] {
  const list = labels.map(([value, label]) => ({ value, label, count: counts.get(value) ?? 0 }));
  const kept = options.hideEmpty ? list.filter((o) => o.count > 0) : list;
  return options.byCount ? kept.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en')) : kept;
}
