/**
 * The search page: a custom UI on Pagefind's JS API. This module wires the
 * parts together: the URL and history (url-history.ts), running a search
 * and showing its results (results.ts, show-more.ts), the filter counts
 * (facet-counts.ts), the active-filter chips (active-filters.ts), the three
 * questions and the answers remembered on the device (questions.ts,
 * remembered.ts) and "Did you mean…?" (suggestion.ts).
 *
 * The search with no words and no filter, every job newest first, is the
 * one a visitor sees on arriving at /search/. Its first page is drawn at
 * build time (src/pages/search.astro), so that page shows without
 * Pagefind; the index loads when the visitor reaches for search.
 */
import { noAnswers } from '../seekers.ts';
import type { SearchState } from '../state.ts';
import { renderActiveFilters } from './active-filters.ts';
import { findSearchPage } from './elements.ts';
import { loadCountsOnIntent } from './facet-counts.ts';
import { FilterCounts } from './filter-counts.ts';
import { checkboxes } from './form-state.ts';
import { pagefindLoader } from './load-pagefind.ts';
import { showBrowserZone } from './questions.ts';
import { forgetAnswers, rememberAnswers } from './remembered.ts';
import { searchRunner } from './results.ts';
import { newSession } from './session.ts';
import { moreLoader } from './show-more.ts';
import { followUrl } from './url-history.ts';

export function startSearchPage(): void {
  const page = findSearchPage();
  if (!page) return;
  const q = page.questions;
  const session = newSession();
  const loadPagefind = pagefindLoader(page);
  const filterCounts = new FilterCounts(page.form);
  loadCountsOnIntent(page, filterCounts, loadPagefind, session);
  /** Keeps the answers now in force for the next visit: only when the visitor changes them, never from a link. */
  const remember = () => rememberAnswers(session.current?.answers ?? noAnswers());
  const showChips = (state: SearchState) =>
    renderActiveFilters(page, state, () => {
      url.commit('push');
      remember();
    });
  const run = searchRunner({ page, session, loadPagefind, filterCounts, showChips });
  const url = followUrl({ page, session, run, showChips });
  const showMore = moreLoader(page, session);

  // Whoever focuses the box is about to search: load the index while they type.
  page.query.addEventListener('focus', () => void loadPagefind(), { once: true });
  // The zone list names the browser's zone once the visitor reaches for the questions.
  for (const intent of ['pointerenter', 'focusin'] as const) q.fieldset.addEventListener(intent, () => showBrowserZone(q), { once: true });
  // Runs after url-history.ts's listener on the form has searched with the new answers.
  page.form.addEventListener('change', (event) => {
    if (event.target instanceof Node && q.fieldset.contains(event.target)) remember();
  });
  q.forget.addEventListener('click', () => {
    forgetAnswers();
    q.forget.textContent = 'Forgotten';
  });
  page.clearFilters.addEventListener('click', () => {
    for (const box of checkboxes(page.form)) box.checked = false;
    q.country.value = '';
    q.fitsHours.checked = false;
    q.pay.value = '';
    q.unstated.checked = false;
    url.commit('push');
    remember();
    page.resultsHeading.focus();
  });
  // "Did you mean Figma?" searches for it here, without loading the page again.
  page.suggestion.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-query]') : null;
    if (!link) return;
    event.preventDefault();
    page.query.value = link.dataset['query'] ?? '';
    url.commit('push');
    page.resultsHeading.focus();
  });
  page.more.addEventListener('click', () => void showMore());
  // The list drawn at build time grows from the index: start loading it when the button is reached for.
  for (const intent of ['pointerenter', 'focus'] as const) page.more.addEventListener(intent, () => void loadPagefind(), { once: true });
  // On phones the filters open above the results; this closes them and jumps back.
  page.showResults?.addEventListener('click', () => {
    if (page.filters) page.filters.open = false;
    page.resultsHeading.focus();
  });
  // Escape closes the phone's filter panel, as it closes other disclosures, and returns to its toggle.
  page.filters?.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !page.filters?.open || matchMedia('(min-width: 64rem)').matches) return;
    page.filters.open = false;
    page.filters.querySelector('summary')?.focus();
  });
  url.start();
}
