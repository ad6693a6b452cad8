/**
 * The search form and the search state (src/search/state.ts) read from and
 * written into each other. The URL holds the state; the form shows it.
 */
import { exchangeRates } from '../../config/rates.ts';
import type { FilterKey } from '../filter-keys.ts';
import { activeFilterCount, defaultSort, parseState, withKnownValues, type OfferedValues, type SearchState } from '../state.ts';
import type { SearchPage } from './elements.ts';
import { readAnswers, writeAnswers } from './questions.ts';

/** The filter checkboxes, in the order the panel shows them: one group's, or all of them. */
export const checkboxes = (form: HTMLFormElement, key?: FilterKey): HTMLInputElement[] => [
  ...form.querySelectorAll<HTMLInputElement>(
    key ? `[data-filter-group] input[type=checkbox][name="${key}"]` : '[data-filter-group] input[type=checkbox]',
  ),
];

export interface ReadState {
  state: SearchState;
  /** A note for each value the page could not use ("country “ZZ”: …"). */
  ignored: string[];
}

/** What the page offers: its checkboxes, countries and currencies. */
function offeredValues(page: SearchPage): OfferedValues {
  return {
    filterValues: (key) => new Set(checkboxes(page.form, key).map((box) => box.value)),
    countries: new Set([...page.questions.country.options].map((option) => option.value).filter(Boolean)),
    currencies: new Set([...page.questions.currency.options].map((option) => option.value)),
    defaultCurrency: exchangeRates.base,
  };
}

/** Reads the search a URL asks for, less the values this page cannot use (and names them). */
export function urlStateReader(page: SearchPage): (search: string | URLSearchParams) => ReadState {
  const offered = offeredValues(page);
  return (search) => withKnownValues(parseState(search), offered, new Date());
}

/** The search the form shows, less an answer it cannot use (a pay that is no amount); `current` is the search before. */
export function readForm(page: SearchPage, current: SearchState | undefined): ReadState {
  const params = new URLSearchParams(new FormData(page.form) as unknown as Record<string, string>);
  readAnswers(page.questions, params);
  // A sort left at its default follows the default: typing a query switches "Newest" to "Best match".
  if (current && params.get('sort') === defaultSort(current.q)) params.delete('sort');
  return urlStateReader(page)(params);
}

/** Shows a search in the form: its words, sort, ticked filters and answers. */
export function writeForm(page: SearchPage, state: SearchState): void {
  page.query.value = state.q;
  // "Best match" ranks by the words typed: without any it would fall back to newest, so it is not offered.
  if (page.bestMatch) page.bestMatch.disabled = state.q === '';
  page.sort.value = state.sort;
  for (const box of checkboxes(page.form)) box.checked = state.filters[box.name as FilterKey]?.includes(box.value) ?? false;
  writeAnswers(page.questions, state.answers);
  // Open a collapsed "More…" list when one of its options is selected, so the selection is visible.
  for (const details of page.form.querySelectorAll<HTMLDetailsElement>('fieldset details')) {
    if (details.querySelector('input:checked')) details.open = true;
  }
  const active = activeFilterCount(state);
  if (page.activeCount) page.activeCount.textContent = active ? `(${active})` : '';
}
