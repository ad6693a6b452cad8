/**
 * The counts beside the filter options for a search, and the wiring that
 * loads a group's counts when the visitor reaches for it (filter-counts.ts).
 */
import { filterKeys, type FilterKey } from '../filter-keys.ts';
import { activeFilterCount, type SearchState } from '../state.ts';
import type { SearchPage } from './elements.ts';
import { requestFor } from './questions.ts';
import type { SearchEngine, SearchResponse } from './engine.ts';
import type { Counts, FilterCounts } from './filter-counts.ts';
import type { LoadPagefind } from './load-pagefind.ts';
import type { Session } from './session.ts';

/** Counts per value that respect every other group, so OR within a group stays meaningful. */
export async function facetCounts(engine: SearchEngine, page: SearchPage, state: SearchState, main: SearchResponse): Promise<Counts> {
  const counts: Counts = { ...main.filters };
  const query = state.q || null;
  await Promise.all(
    filterKeys
      .filter((key) => state.filters[key].length > 0)
      .map(async (key) => {
        const without = await engine.search(query, { request: requestFor(page, state, key) });
        if (without) counts[key] = without.filters[key] ?? {};
      }),
  );
  return counts;
}

/** Shows the counts of a search beside the filter options. */
export const showCounts = (filterCounts: FilterCounts, counts: Counts, state: SearchState): void =>
  filterCounts.show(
    counts,
    state.q !== '' || activeFilterCount(state) > 0,
    new Set(filterKeys.filter((key) => state.filters[key].length > 0)),
  );

/** Loads a group's counts when the visitor points at or focuses it, or every group's when a phone opens the panel. */
export function loadCountsOnIntent(page: SearchPage, filterCounts: FilterCounts, loadPagefind: LoadPagefind, session: Session): void {
  /** Loads the counts of groups the visitor reaches for, then shows them for the current search. */
  async function wantCounts(keys: readonly FilterKey[]) {
    const engine = await loadPagefind();
    if (!engine) return;
    await filterCounts.load(engine, keys);
    if (!session.current) return;
    const state = session.current;
    const mine = session.generation;
    const response = await engine.search(state.q || null, { request: requestFor(page, state) });
    if (!response) return;
    const counts = await facetCounts(engine, page, state, response);
    if (mine === session.generation) showCounts(filterCounts, counts, state);
  }

  for (const fieldset of page.form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-filter-group]')) {
    const key = fieldset.dataset['filterGroup'] as FilterKey;
    for (const intent of ['pointerenter', 'focusin'] as const) fieldset.addEventListener(intent, () => void wantCounts([key]));
  }
  // On a phone, opening the panel shows every group at once.
  page.filters?.addEventListener('toggle', () => {
    if (page.filters?.open && !matchMedia('(min-width: 64rem)').matches) void wantCounts(filterKeys);
  });
}
