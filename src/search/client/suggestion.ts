/**
 * "Did you mean Figma?" under a query that found nothing. The board's words
 * (/search-words.json, src/search/vocabulary.ts) are fetched the first
 * time a query finds nothing, and never otherwise.
 */
import { correctedQuery } from '../did-you-mean.ts';
import { stateToQuery, type SearchState } from '../state.ts';
import type { SearchPage } from './elements.ts';
import type { Session } from './session.ts';

let words: Promise<string[]> | undefined;

function boardWords(): Promise<string[]> {
  words ??= fetch(`${import.meta.env.BASE_URL}search-words.json`)
    .then((response) => (response.ok ? (response.json() as Promise<unknown>) : []))
    .then((list) => (Array.isArray(list) ? list.filter((word): word is string => typeof word === 'string') : []))
    .catch(() => {
      // Offline for a moment: try again on the next empty search.
      words = undefined;
      return [];
    });
  return words;
}

/** Offers a corrected query when `state` found nothing; `accept` runs it. */
export async function showSuggestion(page: SearchPage, session: Session, state: SearchState, found: number): Promise<void> {
  page.suggestion.classList.add('hidden');
  page.suggestion.replaceChildren();
  if (found > 0 || !state.q) return;
  const mine = session.generation;
  const corrected = correctedQuery(state.q, await boardWords());
  if (!corrected || mine !== session.generation) return;
  const link = document.createElement('a');
  link.href = `${location.pathname}${stateToQuery({ ...state, q: corrected })}`;
  link.dataset['query'] = corrected;
  link.textContent = corrected;
  page.suggestion.append('Did you mean ', link, '?');
  page.suggestion.classList.remove('hidden');
}
