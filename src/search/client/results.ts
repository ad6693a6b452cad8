/**
 * Running a search and showing its first page: the cards, how many jobs
 * it found, "Show more", the empty state and the filter counts.
 */
import { listsEveryJob, type SearchState } from '../state.ts';
import { countLabel } from '../../lib/plural.ts';
import { deferredList, type ResultList } from '../merge.ts';
import { showRelativeTimes } from '../../client/relative-times.ts';
import { renderCard } from './render-card.ts';
import type { PagefindResultData } from './pagefind-types.ts';
import type { SearchPage } from './elements.ts';
import type { Counts, FilterCounts } from './filter-counts.ts';
import type { LoadPagefind } from './load-pagefind.ts';
import { facetCounts, showCounts } from './facet-counts.ts';
import { showEmptyState } from './messages.ts';
import { requestFor } from './questions.ts';
import { showSuggestion } from './suggestion.ts';
import { noResults, type Session } from './session.ts';

/** The cards a phone shows first; the rest follow in a later task, as one long task would hold up input. */
const firstPaintCards = 4;

export interface ResultsParts {
  page: SearchPage;
  session: Session;
  loadPagefind: LoadPagefind;
  filterCounts: FilterCounts;
  /** Draws the active-filter chips: on the first results, so the placeholder cards never move. */
  showChips: (state: SearchState) => void;
}

/** Searches and shows the first `count` results; true once they are on the page, false if a newer search took over. */
export type RunSearch = (state: SearchState, count?: number) => Promise<boolean>;

export function searchRunner({ page, session, loadPagefind, filterCounts, showChips }: ResultsParts): RunSearch {
  const base = import.meta.env.BASE_URL;
  /**
   * The newest jobs' cards drawn in the HTML for visitors without JavaScript. They are moved, not
   * copied, into the results whenever a search lists every job: copying twenty cards was most of the
   * script's work on arrival.
   */
  const newestDrawn = [...(page.newestDrawn?.children ?? [])];
  const newestDrawnCount = newestDrawn.length;
  /** Every open job, newest first: its first page is drawn in the HTML, later pages come from the index. */
  const everyJob: ResultList<PagefindResultData> = deferredList(page.openJobs, async () => {
    const engine = await loadPagefind();
    return (await engine?.search(null, { request: { filters: {} }, sort: 'posted' }))?.results;
  });

  /** Puts the first cards of a new list of results in place of the old ones (or the placeholders). */
  function showFirstCards(state: SearchState, list: ResultList<PagefindResultData>, cards: Node[], pageLength: number) {
    session.list = list;
    session.shown = 0;
    if (!session.firstResultsShown) {
      showChips(state);
      page.placeholder?.remove();
      session.firstResultsShown = true;
    }
    page.results.classList.toggle('min-h-[60vh]', pageLength > 0);
    page.results.replaceChildren(...cards);
    page.moreFailed?.classList.add('hidden');
    page.more.textContent = page.moreLabel;
  }

  /**
   * The first screenful of cards in this task and the rest in the next, so neither blocks the page long.
   * False when a newer search started in between.
   */
  async function showInTwoTasks<T>(
    mine: number,
    state: SearchState,
    list: ResultList<PagefindResultData>,
    items: T[],
    draw: (items: T[]) => Node[],
  ) {
    const rest = items.slice(firstPaintCards);
    // The list keeps its height until the rest is in: shorter for a moment, the page would scroll up under the visitor.
    if (rest.length > 0) page.results.style.minHeight = `${page.results.offsetHeight}px`;
    showFirstCards(state, list, draw(items.slice(0, firstPaintCards)), items.length);
    if (rest.length === 0) return true;
    await new Promise((resolve) => setTimeout(resolve, 0));
    page.results.style.minHeight = '';
    if (mine !== session.generation) return false;
    page.results.append(...draw(rest));
    return true;
  }

  /** Once the first page is in: how many there are, "Show more", the empty state and the filter counts. */
  function showSummary(state: SearchState, counts: Counts, pageLength: number) {
    const found = session.list.length;
    session.shown = pageLength;
    page.more.classList.toggle('hidden', session.shown >= found);
    showEmptyState(page, state, found);
    void showSuggestion(page, session, state, found);
    showCounts(filterCounts, counts, state);
    page.count.textContent = countLabel(found, 'job');
    if (page.showResults) page.showResults.textContent = `Show ${countLabel(found, 'job')}`;
    page.results.setAttribute('aria-busy', 'false');
    document.title = state.q ? `“${state.q}” · ${page.title}` : page.title;
  }

  return async (state, count = page.pageSize) => {
    session.current = state;
    const mine = ++session.generation;
    page.results.setAttribute('aria-busy', 'true');
    // Cards give each job's yearly pay in the visitor's currency while pay is what they sort or filter by.
    session.yearlyIn = state.sort === 'salary' || state.answers.pay ? state.answers.currency || page.questions.currency.value : undefined;
    if (newestDrawnCount > 0 && listsEveryJob(state) && Math.min(count, everyJob.length) <= newestDrawnCount) {
      for (const card of newestDrawn) showRelativeTimes(card);
      const shown = await showInTwoTasks(mine, state, everyJob, newestDrawn, (cards) => cards);
      if (!shown) return false;
      showSummary(state, filterCounts.boardCounts(), newestDrawnCount);
      return true;
    }
    const engine = await loadPagefind();
    if (!engine) {
      // The index did not load: what is on screen belongs to another search, so it goes (the message says why).
      if (mine !== session.generation) return false;
      showFirstCards(state, noResults, [], 0);
      page.more.classList.add('hidden');
      page.count.textContent = 'Search unavailable';
      page.results.setAttribute('aria-busy', 'false');
      return false;
    }
    // Best match is Pagefind's own relevance order: no sort key.
    const sort = state.sort === 'salary' ? ('pay' as const) : state.sort === 'newest' ? ('posted' as const) : undefined;
    const response = await engine.search(state.q || null, { request: requestFor(page, state), sort });
    if (!response || mine !== session.generation) return false; // a newer search started: drop this one
    // A visitor who reached for a filter is waiting for its counts: let them finish loading first.
    await filterCounts.settled();
    const counts = await facetCounts(engine, page, state, response);
    if (mine !== session.generation) return false;

    const firstData = await response.results.page(0, count);
    if (mine !== session.generation) return false;
    const drawn = await showInTwoTasks(mine, state, response.results, firstData, (data) =>
      data.map((d) => renderCard(d, base, session.yearlyIn)),
    );
    if (!drawn) return false;
    showSummary(state, counts, firstData.length);
    return true;
  };
}
