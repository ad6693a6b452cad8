/**
 * Keeps "Posted 3 days ago" true on a static host: the HTML holds the
 * absolute date (src/components/RelativeTime.astro), and this rewrites it
 * as calendar days on the visitor's own clock, so "today" means their
 * today, not UTC's. The search page calls it again on the cards it draws.
 */
import { relativeDays } from '../lib/relative-time.ts';
import { daysBetween, todayLocal } from '../lib/dates.ts';

export function showRelativeTimes(root: ParentNode = document): void {
  const today = todayLocal();
  const ago = (date: string | undefined) => {
    const days = date ? daysBetween(date, today) : Number.NaN;
    return Number.isFinite(days) ? relativeDays(days) : undefined;
  };
  for (const el of root.querySelectorAll<HTMLTimeElement>('time[data-relative-prefix]')) {
    const text = ago(el.dateTime);
    if (text) el.textContent = `${el.dataset['relativePrefix'] ?? ''}${text}`;
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-relative-date]')) {
    el.textContent = ago(el.dataset['relativeDate']) ?? '';
  }
}
