/** What the search page says beside the results: a message when search cannot work, and the empty state. */
import { noResultsText, type SearchState } from '../state.ts';
import type { SearchPage } from './elements.ts';

/** A message above the results, for what the visitor cannot fix by searching differently. */
export function showMessage(page: SearchPage, text: string): void {
  page.message.textContent = text;
  page.message.classList.remove('hidden');
}

/** The "No jobs match" box: shown, with advice that fits the search, when it found nothing. */
export function showEmptyState(page: SearchPage, state: SearchState, found: number): void {
  page.empty.classList.toggle('hidden', found > 0);
  if (found > 0) return;
  const text = noResultsText(state);
  page.emptyTitle.textContent = text.title;
  page.emptyHint.textContent = text.hint;
  page.browseAll.hidden = !text.browseAll;
}
