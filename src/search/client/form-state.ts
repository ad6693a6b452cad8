/**
 * The search form and the search state (src/search/state.ts) read from and
 * written into each other. The URL holds the state; the form shows it.
 */
import { filterKeys, type FilterKey } from '../facets.ts';
import { activeFilterCount, defaultSort, parseState, withKnownFilters, type SearchState } from '../state.ts';
import type { SearchPage } from './elements.ts';

/** The filter checkboxes: one group's, or all of them. */
export const checkboxes = (form: HTMLFormElement, key?: FilterKey): HTMLInputElement[] => [
  ...form.querySelectorAll<HTMLInputElement>(key ? `input[type=checkbox][name="${key}"]` : 'input[type=checkbox]'),
];

/** Reads the search a URL asks for, less filter values this board has no checkbox for. */
export function urlStateReader(form: HTMLFormElement): (search: string) => SearchState {
  const offered = new Map(filterKeys.map((key) => [key, new Set(checkboxes(form, key).map((box) => box.value))]));
  return (search) => withKnownFilters(parseState(search), (key) => offered.get(key)!);
}

/** The search the form shows; `current` is the search before this change. */
export function readForm(form: HTMLFormElement, current: SearchState | undefined): SearchState {
  const params = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
  // A sort left at its default follows the default: typing a query switches "Newest" to "Best match".
  if (current && params.get('sort') === defaultSort(current.q)) params.delete('sort');
  return parseState(params);
}

/** Shows a search in the form: its words, sort and ticked filters. */
export function writeForm(page: SearchPage, state: SearchState): void {
  page.query.value = state.q;
  // "Best match" ranks by the words typed: without any it would fall back to newest, so it is not offered.
  if (page.bestMatch) page.bestMatch.disabled = state.q === '';
  page.sort.value = state.sort;
  for (const box of checkboxes(page.form)) box.checked = state.filters[box.name as FilterKey]?.includes(box.value) ?? false;
  // Open a collapsed "More…" list when one of its options is selected, so the selection is visible.
  for (const details of page.form.querySelectorAll<HTMLDetailsElement>('fieldset details')) {
    if (details.querySelector('input:checked')) details.open = true;
  }
  const active = activeFilterCount(state);
  if (page.activeCount) page.activeCount.textContent = active ? `(${active})` : '';
}
