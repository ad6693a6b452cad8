/**
 * The search page's state lives in the URL, so reload, share, back and
 * forward all restore the same results:
 *   /search/?q=designer&category=product-design&workplace=remote&sort=salary
 * Several values of one filter repeat the parameter (category=a&category=b),
 * which is also what the page's plain HTML form submits without JavaScript.
 */
import { filterKeys, type FilterKey } from './facets.ts';

/** "best" (relevance) only means something with a query; without one, newest is the default. */
export const sortOrders = ['best', 'newest', 'salary'] as const;
export type SortOrder = (typeof sortOrders)[number];

export interface SearchState {
  q: string;
  filters: Record<FilterKey, string[]>;
  sort: SortOrder;
}

export function emptyFilters(): Record<FilterKey, string[]> {
  return Object.fromEntries(filterKeys.map((key) => [key, []])) as unknown as Record<FilterKey, string[]>;
}

export function parseState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filters = emptyFilters();
  for (const key of filterKeys) {
    filters[key] = [
      ...new Set(
        params
          .getAll(key)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ].sort();
  }
  const q = (params.get('q') ?? '').trim();
  const sort = params.get('sort') as SortOrder | null;
  const chosen = sort && sortOrders.includes(sort) ? sort : defaultSort(q);
  return { q, filters, sort: chosen === 'best' && !q ? 'newest' : chosen };
}

/**
 * The state without filter values the page offers no checkbox for: a link
 * with a mistyped or retired value (?category=bogus) would otherwise show a
 * chip for it and no jobs at all.
 */
export function withKnownFilters(state: SearchState, known: (key: FilterKey) => ReadonlySet<string>): SearchState {
  const filters = emptyFilters();
  for (const key of filterKeys) filters[key] = state.filters[key].filter((value) => known(key).has(value));
  return { ...state, filters };
}

export function defaultSort(q: string): SortOrder {
  return q ? 'best' : 'newest';
}

/** The query string for a state, in a stable order ("" when nothing is set). */
export function stateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of filterKeys) for (const value of [...state.filters[key]].sort()) params.append(key, value);
  if (state.sort !== defaultSort(state.q)) params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Pagefind's filter object: OR within a group, AND across groups. Optionally leave one group out. */
export function pagefindFilters(state: SearchState, without?: FilterKey): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const key of filterKeys) {
    if (key !== without && state.filters[key].length > 0) filters[key] = { any: state.filters[key] };
  }
  return filters;
}

export function activeFilterCount(state: SearchState): number {
  return filterKeys.reduce((sum, key) => sum + state.filters[key].length, 0);
}

/**
 * Whether a state asks for every open job, newest first: the list the search
 * page draws at build time, so it needs no search to show.
 */
export function listsEveryJob(state: SearchState): boolean {
  return state.q === '' && activeFilterCount(state) === 0 && state.sort === 'newest';
}

/** Whether two states ask for the same search: a history entry that differs only in its hash does not. */
export function sameSearch(a: SearchState, b: SearchState): boolean {
  return stateToQuery(a) === stateToQuery(b);
}

export interface NoResultsText {
  title: string;
  hint: string;
  /** Whether a link to browse every job helps: not when the board itself is empty. */
  browseAll: boolean;
}

/** What the empty state says, for what the visitor narrowed by: words, filters or both. */
export function noResultsText(state: SearchState): NoResultsText {
  const filters = activeFilterCount(state);
  const these = filters === 1 ? 'this filter' : 'these filters';
  const removeOne = filters === 1 ? 'remove the filter above' : 'remove a filter above';
  if (state.q && filters > 0)
    return { title: `No jobs match “${state.q}” with ${these}.`, hint: `Try other words, or ${removeOne}.`, browseAll: true };
  if (state.q)
    return { title: `No jobs match “${state.q}”.`, hint: 'Check the spelling, or try a shorter or more general word.', browseAll: true };
  if (filters > 0) {
    const hint = filters === 1 ? 'Remove the filter above.' : 'Remove a filter above, or clear them all.';
    return { title: `No jobs match ${these}.`, hint, browseAll: true };
  }
  return { title: 'There are no open jobs right now.', hint: 'Check back soon.', browseAll: false };
}
