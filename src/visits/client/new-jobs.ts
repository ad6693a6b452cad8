/**
 * Counts this page view towards the visitor's visits and marks the job
 * cards posted since their previous visit "New" (src/visits/visits.ts).
 * The times stay in this browser; a visitor who turned the badges off on
 * the saved-jobs page has nothing recorded at all.
 */
import { allIn, enhanceNowAndAdded } from '../../client/added-elements.ts';
import { deviceStore, readStored, storeKey, writeStored } from '../../client/storage.ts';
import { afterPageView, isNewSince, newAfter, parseVisits } from '../visits.ts';

export const visitsKey = storeKey('visits');

/**
 * A word, not only a colour, in a bordered tag that sits on the card's top
 * edge: out of the flow, so no card grows and nothing moves when it appears.
 * It follows the date in the page, so screen readers hear "3 days ago, New".
 */
function newBadge(): HTMLElement {
  const badge = document.createElement('span');
  badge.dataset['newJob'] = '';
  badge.className =
    'absolute -top-2.5 left-4 rounded-full border border-accent bg-card px-2 text-xs leading-4 font-semibold text-accent sm:left-5';
  badge.textContent = 'New';
  return badge;
}

/** Each card's first date is when it was posted (JobCard.astro, and the search page's cards). */
function markNewJobs(root: Element | Document, after: string): void {
  for (const card of allIn(root, 'article')) {
    const posted = card.querySelector<HTMLTimeElement>('time[datetime]');
    if (posted && isNewSince(posted.dateTime, after) && !card.querySelector('[data-new-job]')) posted.after(newBadge());
  }
}

export function startNewJobBadges(): void {
  const store = deviceStore();
  if (!store) return;
  const stored = parseVisits(readStored(store, visitsKey));
  if (stored === 'off') return;
  const visits = afterPageView(stored, Date.now());
  writeStored(store, visitsKey, visits);
  const after = newAfter(visits);
  if (after) enhanceNowAndAdded((root) => markNewJobs(root, after));
}
