/**
 * The URL is the single source of truth for the search: every change in
 * the form writes the URL, and every URL (load, back, forward, a shared
 * link) is read back into the form and searched. How many results were
 * shown, and how far down, is kept in the history entry
 * (src/search/history.ts): Back from a job returns there.
 */
import { sameSearch, stateToQuery, type SearchState } from '../state.ts';
import { readEntry, resultsToShow, withEntry } from '../history.ts';
import { withRemembered } from '../seekers.ts';
import type { SearchPage } from './elements.ts';
import { readForm, urlStateReader, writeForm } from './form-state.ts';
import { showIgnored } from './messages.ts';
import { recallAnswers } from './remembered.ts';
import type { RunSearch } from './results.ts';
import type { Session } from './session.ts';

/** Keeps the number of results shown in this history entry, for Back to restore. */
export function rememberShown(shown: number): void {
  if (readEntry(history.state).shownResults !== shown) history.replaceState(withEntry(history.state, { shownResults: shown }), '');
}

export interface UrlParts {
  page: SearchPage;
  session: Session;
  run: RunSearch;
  /** Draws the active-filter chips. */
  showChips: (state: SearchState) => void;
}

/** Write the form's state to the URL, then search. True when that wrote a history entry. */
export type Commit = (mode: 'push' | 'replace') => boolean;

export interface UrlSync {
  commit: Commit;
  /** Shows and searches what the page's URL asks for, where the visitor left it. */
  start: () => void;
}

/** Keeps the form, the URL and the history in step. */
export function followUrl({ page, session, run, showChips }: UrlParts): UrlSync {
  const { form, query } = page;
  const stateOf = urlStateReader(page);
  const show = (state: SearchState) => {
    writeForm(page, state);
    // On load the chips wait for the first results, and come in the same frame: the placeholders never move.
    if (session.firstResultsShown) showChips(state);
  };
  const address = (state: SearchState) => `${location.pathname}${stateToQuery(state)}`;

  /**
   * Set while the browser goes back over the entry of a typing burst that
   * ended where it began. A change made meanwhile (a filter ticked as the
   * box loses focus) waits for it: written now, the step back would undo it.
   */
  let backPending = false;
  let changedWhileBack = false;

  const commit: Commit = (mode) => {
    if (backPending) {
      changedWhileBack = true;
      return false;
    }
    const { state, ignored } = readForm(page, session.current);
    showIgnored(page, ignored);
    show(state);
    const url = address(state);
    const changed = url !== `${location.pathname}${location.search}`;
    // A new search starts at the first page, so the entry holds no count of results shown.
    if (changed) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    void run(state);
    return changed;
  };

  // One burst of typing is one history entry: its first search pushes, the rest replace it,
  // so Back returns to the search before the typing. Leaving the box or submitting ends the burst.
  let typing: ReturnType<typeof setTimeout> | undefined;
  /** While a burst has an entry of its own: the address it was pushed from, where Back from it leads. */
  let burstStart: string | undefined;
  const commitTyped = () => {
    clearTimeout(typing);
    typing = undefined;
    // Typing that ends where it began (a query typed, then deleted) leaves no entry: Back would show one search twice.
    if (burstStart !== undefined && address(readForm(page, session.current).state) === burstStart) {
      burstStart = undefined;
      backPending = true;
      history.back();
      return;
    }
    const before = `${location.pathname}${location.search}`;
    if (commit(burstStart === undefined ? 'push' : 'replace')) burstStart ??= before;
  };
  query.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(commitTyped, 250);
  });
  query.addEventListener('blur', () => {
    if (typing !== undefined) commitTyped();
    burstStart = undefined;
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commitTyped();
    burstStart = undefined;
  });
  form.addEventListener('change', (event) => {
    if (event.target === query) return;
    commit('push');
  });

  window.addEventListener('popstate', () => {
    if (backPending) {
      backPending = false;
      // The form already shows what the visitor wants: the search the typing began from, and what changed since.
      if (changedWhileBack) {
        changedWhileBack = false;
        commit('push');
        return;
      }
    }
    const { state, ignored } = stateOf(location.search);
    // Only the hash changed (the skip link to #main, say): the results stay as they are.
    if (session.current && sameSearch(state, session.current)) {
      rememberShown(session.shown);
      return;
    }
    clearTimeout(typing);
    typing = undefined;
    burstStart = undefined;
    showIgnored(page, ignored);
    show(state);
    void run(state, resultsToShow(history.state, page.pageSize));
  });

  // Leaving for a job page: remember the list and the scroll position, for Back.
  window.addEventListener('pagehide', () => {
    history.replaceState(withEntry(history.state, { shownResults: session.shown, scrollY: Math.round(window.scrollY) }), '');
  });

  const start = () => {
    // The page puts the scroll back itself (below, from the entry). Left to the browser, a step back through the
    // history (the one above that drops a typed query) scrolled the page to the top under the filter being ticked.
    history.scrollRestoration = 'manual';
    // The answers remembered on this device fill in the questions the address does not answer.
    const { state: initial, ignored } = stateOf(withRemembered(new URLSearchParams(location.search), recallAnswers()));
    const saved = readEntry(history.state);
    showIgnored(page, ignored);
    // The address says what is shown: remembered answers join it, and values it could not use leave it.
    const url = address(initial);
    if (!sameSearch(initial, stateOf(location.search).state) || ignored.length > 0)
      history.replaceState(history.state, '', `${url}${location.hash}`);
    show(initial);
    void run(initial, resultsToShow(history.state, page.pageSize)).then((shownAll) => {
      // The browser restored the scroll position when the page loaded, before these results were here to scroll to.
      if (shownAll && saved.scrollY !== undefined) window.scrollTo(0, saved.scrollY);
    });
  };
  return { commit, start };
}
