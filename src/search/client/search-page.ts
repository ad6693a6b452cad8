/**
 * The search page: a custom UI on Pagefind's JS API. The URL is the single
 * source of truth for the search: every change writes the URL, and every URL
 * (load, back, forward, a shared link) is read back into the form and
 * searched. How many results were shown, and how far down, is kept in the
 * history entry (src/search/history.ts): Back from a job returns there.
 *
 * The search with no words and no filter, every job newest first, is the
 * one a visitor sees on arriving at /search/. Its first page is drawn at
 * build time (a <template> in src/pages/search.astro), so that page shows
 * without Pagefind; the index loads when the visitor reaches for search.
 */
import { filterKeys, type FilterKey } from '../facets.ts';
import {
  activeFilterCount,
  defaultSort,
  listsEveryJob,
  noResultsText,
  pagefindFilters,
  parseState,
  withKnownFilters,
  sameSearch,
  stateToQuery,
  type SearchState,
} from '../state.ts';
import { readEntry, resultsToShow, withEntry } from '../history.ts';
import { countLabel } from '../../lib/plural.ts';
import { renderCard } from './render-card.ts';
import type { PagefindResultData } from './pagefind-types.ts';
import { deferredList, type ResultList } from '../merge.ts';
import { showRelativeTimes } from '../../client/relative-times.ts';
import { SearchEngine, type SearchResponse } from './engine.ts';
import { FilterCounts, type Counts } from './filter-counts.ts';

const base = import.meta.env.BASE_URL;

export function startSearchPage(): void {
  const found = document.querySelector<HTMLFormElement>('#search-form');
  if (!found) return;
  const form: HTMLFormElement = found;
  const ui = {
    form,
    query: form.querySelector<HTMLInputElement>('#search-query')!,
    sort: form.querySelector<HTMLSelectElement>('#search-sort')!,
    count: document.querySelector<HTMLElement>('#result-count')!,
    results: document.querySelector<HTMLOListElement>('#search-results')!,
    placeholder: document.querySelector<HTMLElement>('#search-placeholder'),
    empty: document.querySelector<HTMLElement>('#search-empty')!,
    activeFilters: document.querySelector<HTMLElement>('#search-filters-active')!,
    active: document.querySelector<HTMLUListElement>('#search-active')!,
    clearFilters: document.querySelector<HTMLButtonElement>('#search-clear-filters')!,
    more: document.querySelector<HTMLButtonElement>('#search-more')!,
    moreFailed: document.querySelector<HTMLElement>('#search-more-failed'),
    bestMatch: form.querySelector<HTMLOptionElement>('#search-sort option[value="best"]'),
    message: document.querySelector<HTMLElement>('#search-message')!,
    activeCount: document.querySelector<HTMLElement>('[data-active-count]'),
    emptyTitle: document.querySelector<HTMLElement>('#search-empty-title')!,
    emptyHint: document.querySelector<HTMLElement>('#search-empty-hint')!,
    browseAll: document.querySelector<HTMLElement>('#search-browse-all')!,
    filters: document.querySelector<HTMLDetailsElement>('#filters'),
    showResults: document.querySelector<HTMLButtonElement>('#filters-done'),
    resultsHeading: document.querySelector<HTMLElement>('#results-heading')!,
  };
  const pageSize = Number(form.dataset['pageSize'] ?? 20);
  const firstPaintCards = 4;
  const pageTitle = document.title;
  const partCount = Number(form.dataset['searchParts'] ?? 1);
  const newestDrawn = document.querySelector<HTMLTemplateElement>('#search-newest');
  const newestDrawnCount = newestDrawn?.content.childElementCount ?? 0;
  let pagefind: Promise<SearchEngine | undefined> | undefined;
  const noResults: ResultList<PagefindResultData> = { length: 0, page: async () => [] };
  let results = noResults;
  let shown = 0;
  /** Until the first results replace the placeholder cards, anything added above them would move them. */
  let firstResultsShown = false;
  let generation = 0;

  const checkboxes = (key?: FilterKey) => [
    ...form.querySelectorAll<HTMLInputElement>(key ? `input[type=checkbox][name="${key}"]` : 'input[type=checkbox]'),
  ];

  const offered = new Map(filterKeys.map((key) => [key, new Set(checkboxes(key).map((box) => box.value))]));
  /** The search a URL asks for, less filter values this board has no checkbox for. */
  const stateOf = (search: string) => withKnownFilters(parseState(search), (key) => offered.get(key)!);

  let current: SearchState | undefined;
  const readForm = (): SearchState => {
    const params = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
    // A sort left at its default follows the default: typing a query switches "Newest" to "Best match".
    if (current && params.get('sort') === defaultSort(current.q)) params.delete('sort');
    return parseState(params);
  };

  const writeForm = (state: SearchState) => {
    ui.query.value = state.q;
    // "Best match" ranks by the words typed: without any it would fall back to newest, so it is not offered.
    if (ui.bestMatch) ui.bestMatch.disabled = state.q === '';
    ui.sort.value = state.sort;
    for (const box of checkboxes()) box.checked = state.filters[box.name as FilterKey]?.includes(box.value) ?? false;
    // Open a collapsed "More…" list when one of its options is selected, so the selection is visible.
    for (const details of form.querySelectorAll<HTMLDetailsElement>('fieldset details')) {
      if (details.querySelector('input:checked')) details.open = true;
    }
    const active = activeFilterCount(state);
    if (ui.activeCount) ui.activeCount.textContent = active ? `(${active})` : '';
    // On load the chips wait for the first results, and come in the same frame: the placeholders never move.
    if (firstResultsShown) renderActiveFilters(state);
  };

  const showMessage = (text: string) => {
    ui.message.textContent = text;
    ui.message.classList.remove('hidden');
  };

  /** Loads Pagefind once, however many searches ask for it while it loads. */
  function loadPagefind(): Promise<SearchEngine | undefined> {
    pagefind ??= importPagefind();
    return pagefind;
  }

  async function importPagefind(): Promise<SearchEngine | undefined> {
    try {
      return await SearchEngine.load(base, partCount);
    } catch {
      // No retry: the browser keeps a module that failed to load as failed until the page reloads.
      const dev = import.meta.env.DEV;
      showMessage(
        dev
          ? 'Search needs a built index: run "npm run build" and then "npm run preview". The development server does not build one.'
          : 'Search could not load. Check your connection and reload the page.',
      );
      // What the results show is up to who asked: a search clears them, "Show more" keeps the drawn jobs.
      return undefined;
    }
  }

  const filterCounts = new FilterCounts(form);

  /** Every open job, newest first: its first page is drawn in the HTML, later pages come from the index. */
  const everyJob: ResultList<PagefindResultData> = deferredList(Number(form.dataset['openJobs'] ?? 0), async () => {
    const engine = await loadPagefind();
    return (await engine?.search(null, { filters: {}, sort: 'posted' }))?.results;
  });

  /** Loads the counts of groups the visitor reaches for, then shows them for the current search. */
  async function wantCounts(keys: readonly FilterKey[]) {
    const engine = await loadPagefind();
    if (!engine) return;
    await filterCounts.load(engine, keys);
    if (!current) return;
    const state = current;
    const mine = generation;
    const response = await engine.search(state.q || null, { filters: pagefindFilters(state) });
    if (!response) return;
    const counts = await facetCounts(engine, state, response);
    if (mine === generation) showCounts(counts, state);
  }

  const showCounts = (counts: Counts, state: SearchState) =>
    filterCounts.show(
      counts,
      state.q !== '' || activeFilterCount(state) > 0,
      new Set(filterKeys.filter((key) => state.filters[key].length > 0)),
    );

  for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-filter-group]')) {
    const key = fieldset.dataset['filterGroup'] as FilterKey;
    for (const intent of ['pointerenter', 'focusin'] as const) fieldset.addEventListener(intent, () => void wantCounts([key]));
  }
  // On a phone, opening the panel shows every group at once.
  ui.filters?.addEventListener('toggle', () => {
    if (ui.filters?.open && !matchMedia('(min-width: 64rem)').matches) void wantCounts(filterKeys);
  });

  /** Counts per value that respect every other group, so OR within a group stays meaningful. */
  async function facetCounts(engine: SearchEngine, state: SearchState, main: SearchResponse): Promise<Counts> {
    const counts: Counts = { ...main.filters };
    const query = state.q || null;
    await Promise.all(
      filterKeys
        .filter((key) => state.filters[key].length > 0)
        .map(async (key) => {
          const without = await engine.search(query, { filters: pagefindFilters(state, key) });
          if (without) counts[key] = without.filters[key] ?? {};
        }),
    );
    return counts;
  }

  /** The next page of results: one load at a time for a list, and none added once another search has replaced it. */
  const moreLabel = ui.more.textContent ?? '';
  let loadingMore: { list: ResultList<PagefindResultData>; done: Promise<void> } | undefined;
  function showMore(): Promise<void> {
    if (loadingMore?.list !== results) {
      const list = results;
      const done = appendNextPage(list).finally(() => {
        if (loadingMore?.list === list) loadingMore = undefined;
      });
      loadingMore = { list, done };
    }
    return loadingMore.done;
  }

  async function appendNextPage(list: ResultList<PagefindResultData>) {
    const mine = generation;
    ui.results.setAttribute('aria-busy', 'true');
    ui.more.textContent = 'Loading more jobs…';
    let data: PagefindResultData[] = [];
    try {
      data = await list.page(shown, shown + pageSize);
    } catch {
      // An index file that failed to load: treated as the empty page below.
    }
    if (list !== results || mine !== generation) return;
    ui.more.textContent = moreLabel;
    ui.results.setAttribute('aria-busy', 'false');
    const cards = data.map((d) => renderCard(d, base));
    ui.results.append(...cards);
    shown += data.length;
    rememberShown();
    // An empty page means the index could not load: say so where the visitor is looking, instead of a button that adds nothing.
    const failed = data.length === 0 && shown < list.length;
    // Only from the button: a visitor who has moved on to the search box keeps their place.
    const focusNext = document.activeElement === ui.more || document.activeElement === document.body;
    ui.more.classList.toggle('hidden', shown >= list.length || failed);
    if (failed && ui.moreFailed) {
      // Shown before it is filled, so screen readers announce the text of the status.
      ui.moreFailed.classList.remove('hidden');
      ui.moreFailed.textContent = `Could not load more jobs. Check your connection and reload the page to see all ${countLabel(list.length, 'job')}.`;
      if (focusNext) ui.moreFailed.focus();
    } else if (focusNext) {
      cards[0]?.querySelector('a')?.focus();
    }
  }

  /** Keeps the number of results shown in this history entry, for Back to restore. */
  function rememberShown() {
    if (readEntry(history.state).shownResults !== shown) history.replaceState(withEntry(history.state, { shownResults: shown }), '');
  }

  /** The filters in force as chips above the results, each a button that removes it. */
  function renderActiveFilters(state: SearchState) {
    const chips = filterKeys.flatMap((key) =>
      state.filters[key].map((value) => {
        const box = checkboxes(key).find((b) => b.value === value);
        const label = box?.closest('label')?.querySelector('span')?.textContent?.trim() ?? value;
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'chip gap-1.5 py-1 text-sm hover:border-accent hover:text-accent';
        button.setAttribute('aria-label', `Remove filter: ${label}`);
        const cross = document.createElement('span');
        cross.setAttribute('aria-hidden', 'true');
        cross.textContent = '×';
        button.append(label, cross);
        button.addEventListener('click', () => {
          const place = [...ui.active.querySelectorAll('button')].indexOf(button);
          if (box) box.checked = false;
          commit('push');
          // Focus the chip that took this one's place, else the one before, else the results.
          const left = ui.active.querySelectorAll('button');
          (left[place] ?? left[place - 1] ?? ui.resultsHeading).focus();
        });
        const item = document.createElement('li');
        item.append(button);
        return item;
      }),
    );
    ui.active.replaceChildren(...chips);
    ui.activeFilters.hidden = chips.length === 0;
  }

  /** Searches and shows the first `count` results; true once they are on the page, false if a newer search took over. */
  async function run(state: SearchState, count = pageSize): Promise<boolean> {
    current = state;
    const mine = ++generation;
    ui.results.setAttribute('aria-busy', 'true');
    if (newestDrawn && listsEveryJob(state) && Math.min(count, everyJob.length) <= newestDrawnCount) {
      const cards = newestDrawn.content.cloneNode(true) as DocumentFragment;
      showRelativeTimes(cards);
      showFirstCards(state, everyJob, [cards], newestDrawnCount);
      showSummary(state, filterCounts.boardCounts(), newestDrawnCount);
      return true;
    }
    const engine = await loadPagefind();
    if (!engine) {
      // The index did not load: what is on screen belongs to another search, so it goes (the message says why).
      if (mine !== generation) return false;
      showFirstCards(state, noResults, [], 0);
      ui.more.classList.add('hidden');
      ui.count.textContent = 'Search unavailable';
      ui.results.setAttribute('aria-busy', 'false');
      return false;
    }
    // Best match is Pagefind's own relevance order: no sort key.
    const sort = state.sort === 'salary' ? ('salary' as const) : state.sort === 'newest' ? ('posted' as const) : undefined;
    const response = await engine.search(state.q || null, { filters: pagefindFilters(state), sort });
    if (!response || mine !== generation) return false; // a newer search started: drop this one
    // A visitor who reached for a filter is waiting for its counts: let them finish loading first.
    await filterCounts.settled();
    const counts = await facetCounts(engine, state, response);
    if (mine !== generation) return false;

    const firstData = await response.results.page(0, count);
    if (mine !== generation) return false;
    // The cards a phone shows first, then the rest in a later task: one long task would hold up input.
    const [aboveFold, belowFold] = [firstData.slice(0, firstPaintCards), firstData.slice(firstPaintCards)];
    showFirstCards(
      state,
      response.results,
      aboveFold.map((d) => renderCard(d, base)),
      firstData.length,
    );
    if (belowFold.length > 0) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (mine !== generation) return false;
      ui.results.append(...belowFold.map((d) => renderCard(d, base)));
    }
    showSummary(state, counts, firstData.length);
    return true;
  }

  /** Puts the first cards of a new list of results in place of the old ones (or the placeholders). */
  function showFirstCards(state: SearchState, list: ResultList<PagefindResultData>, cards: Node[], pageLength: number) {
    results = list;
    shown = 0;
    if (!firstResultsShown) {
      renderActiveFilters(state);
      ui.placeholder?.remove();
      firstResultsShown = true;
    }
    ui.results.classList.toggle('min-h-[60vh]', pageLength > 0);
    ui.results.replaceChildren(...cards);
    ui.moreFailed?.classList.add('hidden');
    ui.more.textContent = moreLabel;
  }

  /** Once the first page is in: how many there are, "Show more", the empty state and the filter counts. */
  function showSummary(state: SearchState, counts: Counts, pageLength: number) {
    shown = pageLength;
    ui.more.classList.toggle('hidden', shown >= results.length);
    ui.empty.classList.toggle('hidden', results.length > 0);
    if (results.length === 0) {
      const text = noResultsText(state);
      ui.emptyTitle.textContent = text.title;
      ui.emptyHint.textContent = text.hint;
      ui.browseAll.hidden = !text.browseAll;
    }
    showCounts(counts, state);
    ui.count.textContent = countLabel(results.length, 'job');
    if (ui.showResults) ui.showResults.textContent = `Show ${countLabel(results.length, 'job')}`;
    ui.results.setAttribute('aria-busy', 'false');
    document.title = state.q ? `“${state.q}” · ${pageTitle}` : pageTitle;
  }

  /**
   * Set while the browser goes back over the entry of a typing burst that
   * ended where it began. A change made meanwhile (a filter ticked as the
   * box loses focus) waits for it: written now, the step back would undo it.
   */
  let backPending = false;
  let changedWhileBack = false;

  /** Write the form's state to the URL, then search. True when that wrote a history entry. */
  function commit(mode: 'push' | 'replace'): boolean {
    if (backPending) {
      changedWhileBack = true;
      return false;
    }
    const state = readForm();
    writeForm(state);
    const url = `${location.pathname}${stateToQuery(state)}`;
    const changed = url !== `${location.pathname}${location.search}`;
    // A new search starts at the first page, so the entry holds no count of results shown.
    if (changed) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    void run(state);
    return changed;
  }

  // One burst of typing is one history entry: its first search pushes, the rest replace it,
  // so Back returns to the search before the typing. Leaving the box or submitting ends the burst.
  let typing: ReturnType<typeof setTimeout> | undefined;
  /** While a burst has an entry of its own: the address it was pushed from, where Back from it leads. */
  let burstStart: string | undefined;
  const commitTyped = () => {
    clearTimeout(typing);
    typing = undefined;
    // Typing that ends where it began (a query typed, then deleted) leaves no entry: Back would show one search twice.
    if (burstStart !== undefined && `${location.pathname}${stateToQuery(readForm())}` === burstStart) {
      burstStart = undefined;
      backPending = true;
      history.back();
      return;
    }
    const before = `${location.pathname}${location.search}`;
    if (commit(burstStart === undefined ? 'push' : 'replace')) burstStart ??= before;
  };
  // Whoever focuses the box is about to search: load the index while they type.
  ui.query.addEventListener('focus', () => void loadPagefind(), { once: true });
  ui.query.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(commitTyped, 250);
  });
  ui.query.addEventListener('blur', () => {
    if (typing !== undefined) commitTyped();
    burstStart = undefined;
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commitTyped();
    burstStart = undefined;
  });
  form.addEventListener('change', (event) => {
    if (event.target === ui.query) return;
    commit('push');
  });
  ui.clearFilters.addEventListener('click', () => {
    for (const box of checkboxes()) box.checked = false;
    commit('push');
    ui.resultsHeading.focus();
  });
  ui.more.addEventListener('click', () => void showMore());
  // The list drawn at build time grows from the index: start loading it when the button is reached for.
  for (const intent of ['pointerenter', 'focus'] as const) ui.more.addEventListener(intent, () => void loadPagefind(), { once: true });
  // On phones the filters open above the results; this closes them and jumps back.
  ui.showResults?.addEventListener('click', () => {
    if (ui.filters) ui.filters.open = false;
    ui.resultsHeading.focus();
  });
  // Escape closes the phone's filter panel, as it closes other disclosures, and returns to its toggle.
  ui.filters?.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !ui.filters?.open || matchMedia('(min-width: 64rem)').matches) return;
    ui.filters.open = false;
    ui.filters.querySelector('summary')?.focus();
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
    const state = stateOf(location.search);
    // Only the hash changed (the skip link to #main, say): the results stay as they are.
    if (current && sameSearch(state, current)) {
      rememberShown();
      return;
    }
    clearTimeout(typing);
    typing = undefined;
    burstStart = undefined;
    writeForm(state);
    void run(state, resultsToShow(history.state, pageSize));
  });

  // Leaving for a job page: remember the list and the scroll position, for Back.
  window.addEventListener('pagehide', () => {
    history.replaceState(withEntry(history.state, { shownResults: shown, scrollY: Math.round(window.scrollY) }), '');
  });

  const initial = stateOf(location.search);
  const saved = readEntry(history.state);
  writeForm(initial);
  void run(initial, resultsToShow(history.state, pageSize)).then((shownAll) => {
    // The browser restored the scroll position when the page loaded, before these results were here to scroll to.
    if (shownAll && saved.scrollY !== undefined) window.scrollTo(0, saved.scrollY);
  });
}
