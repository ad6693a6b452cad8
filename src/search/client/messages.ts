/** What the search page says beside the results: a message when search cannot work, the empty state, and ignored values. */
import { noResultsText } from '../no-results.ts';
import type { SearchState } from '../state.ts';
import type { SearchPage } from './elements.ts';
import { answerLabels } from './questions.ts';

/** A message above the results, for what the visitor cannot fix by searching differently. */
export function showMessage(page: SearchPage, text: string): void {
  page.message.textContent = text;
  page.message.classList.remove('hidden');
}

/** The label of the one value ticked in a group, if exactly one is. */
function onlyTicked(page: SearchPage, state: SearchState, key: 'workplace' | 'category'): string | undefined {
  const [value, ...more] = state.filters[key];
  if (value === undefined || more.length > 0) return undefined;
  const box = [...page.form.querySelectorAll<HTMLInputElement>(`[data-filter-group] input[name="${key}"]`)].find((b) => b.value === value);
  return box?.closest('label')?.querySelector('span')?.textContent?.trim();
}

/** The "No jobs match" box: shown, with advice that fits the search, when it found nothing. */
export function showEmptyState(page: SearchPage, state: SearchState, found: number): void {
  page.empty.classList.toggle('hidden', found > 0);
  if (found > 0) return;
  const answers = answerLabels(page.questions, state.answers);
  const text = noResultsText(state, {
    workplace: onlyTicked(page, state, 'workplace')?.toLowerCase(),
    category: onlyTicked(page, state, 'category'),
    country: answers.country,
    pay: answers.pay,
  });
  page.emptyTitle.textContent = text.title;
  page.emptyHint.textContent = text.hint;
  page.browseAll.hidden = !text.browseAll;
}

/** Names the values of the address the page could not use, in the questions' area; nothing when there are none. */
export function showIgnored(page: SearchPage, ignored: readonly string[]): void {
  const note = page.questions.ignored;
  note.classList.toggle('hidden', ignored.length === 0);
  note.textContent = ignored.length ? `Not used: ${ignored.join('; ')}.` : '';
}
