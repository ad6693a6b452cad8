/**
 * Keeps "Posted 3 days ago" true on a static host: the HTML holds the
 * absolute date (src/components/RelativeTime.astro), and this rewrites it
 * as calendar days on the visitor's own clock, so "today" means their
 * today, not UTC's. The search page calls it again on the cards it draws.
 */
import { timeAgo } from '../lib/relative-time.ts';
import { todayLocal } from '../lib/dates.ts';

export function showRelativeTimes(root: ParentNode = document): void {
  const today = todayLocal();
  for (const el of root.querySelectorAll<HTMLTimeElement>('time[data-relative-prefix]')) {
    const text = timeAgo(el.dateTime, today);
    if (text) el.textContent = `${el.dataset['relativePrefix'] ?? ''}${text}`;
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-relative-date]')) {
    el.textContent = timeAgo(el.dataset['relativeDate'], today) ?? '';
  }
}
