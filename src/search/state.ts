/**
 * The search page's state lives in the URL, so reload, share, back and
 * forward all restore the same results:
 *   /search/?q=designer&category=product-design&workplace=remote&country=FR&sort=salary
 * Several values of one filter repeat the parameter (category=a&category=b),
 * which is also what the page's plain HTML form submits. The three
 * questions ("I live in", "Fits my hours", "Pay at least") are in
 * src/search/seekers.ts.
 */
import { filterKeys, type FilterKey } from './filter-keys.ts';
import { answeredCount, appendAnswers, checkAnswers, parseAnswers, type OfferedAnswers, type SeekerAnswers } from './seekers.ts';

/** "best" (relevance) only means something with a query; without one, newest is the default. */
export const sortOrders = ['best', 'newest', 'salary'] as const;
export type SortOrder = (typeof sortOrders)[number];

export interface SearchState {
  q: string;
  filters: Record<FilterKey, string[]>;
  answers: SeekerAnswers;
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
  return { q, filters, answers: parseAnswers(params), sort: chosen === 'best' && !q ? 'newest' : chosen };
}

export interface OfferedValues extends OfferedAnswers {
  /** The values of a filter group the page has a checkbox for. */
  filterValues: (key: FilterKey) => ReadonlySet<string>;
}

/**
 * The state without the values the page cannot use, and a note naming each:
 * a link with a mistyped or retired value (?category=bogus, ?country=ZZ)
 * would otherwise show a chip for it and no jobs at all.
 */
export function withKnownValues(state: SearchState, offered: OfferedValues, now: Date): { state: SearchState; ignored: string[] } {
  const filters = emptyFilters();
  const ignored: string[] = [];
  for (const key of filterKeys) {
    for (const value of state.filters[key]) {
      if (offered.filterValues(key).has(value)) filters[key].push(value);
      else ignored.push(`${key} “${value}”: not offered here`);
    }
  }
  const answers = checkAnswers(state.answers, offered, now);
  return { state: { ...state, filters, answers: answers.answers }, ignored: [...answers.ignored, ...ignored] };
}

export function defaultSort(q: string): SortOrder {
  return q ? 'best' : 'newest';
}

/** The query string for a state, in a stable order ("" when nothing is set). */
export function stateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of filterKeys) for (const value of [...state.filters[key]].sort()) params.append(key, value);
  appendAnswers(params, state.answers);
  if (state.sort !== defaultSort(state.q)) params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Pagefind's filter object for the ticked groups: OR within a group, AND across groups. Optionally leave one group out. */
export function pagefindFilters(state: SearchState, without?: FilterKey): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const key of filterKeys) {
    if (key !== without && state.filters[key].length > 0) filters[key] = { any: state.filters[key] };
  }
  return filters;
}

/** The filters in force: each ticked value, and each of the three questions answered. */
export function activeFilterCount(state: SearchState): number {
  return filterKeys.reduce((sum, key) => sum + state.filters[key].length, answeredCount(state.answers));
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
