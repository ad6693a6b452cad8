/** "Show more": the next page of results added below the ones shown. */
import { countLabel } from '../../lib/plural.ts';
import type { ResultList } from '../merge.ts';
import { renderCard } from './render-card.ts';
import type { PagefindResultData } from './pagefind-types.ts';
import type { SearchPage } from './elements.ts';
import { rememberShown } from './url-history.ts';
import type { Session } from './session.ts';

/** The next page of results: one load at a time for a list, and none added once another search has replaced it. */
export function moreLoader(page: SearchPage, session: Session): () => Promise<void> {
  let loadingMore: { list: ResultList<PagefindResultData>; done: Promise<void> } | undefined;
  return () => {
    if (loadingMore?.list !== session.list) {
      const list = session.list;
      const done = appendNextPage(page, session, list).finally(() => {
        if (loadingMore?.list === list) loadingMore = undefined;
      });
      loadingMore = { list, done };
    }
    return loadingMore.done;
  };
}

async function appendNextPage(page: SearchPage, session: Session, list: ResultList<PagefindResultData>) {
  const mine = session.generation;
  page.results.setAttribute('aria-busy', 'true');
  page.more.textContent = 'Loading more jobs…';
  let data: PagefindResultData[] = [];
  try {
    data = await list.page(session.shown, session.shown + page.pageSize);
  } catch {
    // An index file that failed to load: treated as the empty page below.
  }
  if (list !== session.list || mine !== session.generation) return;
  page.more.textContent = page.moreLabel;
  page.results.setAttribute('aria-busy', 'false');
  const cards = data.map((d) => renderCard(d, import.meta.env.BASE_URL, session.yearlyIn));
  page.results.append(...cards);
  session.shown += data.length;
  rememberShown(session.shown);
  // An empty page means the index could not load: say so where the visitor is looking, instead of a button that adds nothing.
  const failed = data.length === 0 && session.shown < list.length;
  // Only from the button: a visitor who has moved on to the search box keeps their place.
  const focusNext = document.activeElement === page.more || document.activeElement === document.body;
  page.more.classList.toggle('hidden', session.shown >= list.length || failed);
  if (failed && page.moreFailed) {
    // Shown before it is filled, so screen readers announce the text of the status.
    page.moreFailed.classList.remove('hidden');
    page.moreFailed.textContent = `Could not load more jobs. Check your connection and reload the page to see all ${countLabel(list.length, 'job')}.`;
    if (focusNext) page.moreFailed.focus();
  } else if (focusNext) {
    cards[0]?.querySelector('a')?.focus();
  }
}
