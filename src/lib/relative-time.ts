/**
 * "today", "yesterday", "3 days ago", "2 weeks ago", "last month". Shared by
 * the build (for the text it writes) and the tiny client script that keeps
 * that text fresh on a static host.
 *
 * Written out rather than with Intl.RelativeTimeFormat: a page's first Intl
 * object loads the browser's locale data, which blocks the main thread
 * long enough to cost Lighthouse points on a phone, and every page with a
 * date ran it on load. The words are the same as Intl's
 * English with numeric: 'auto' (test/unit/dates.test.ts compares them);
 * formatDate and countLabel avoid Intl for the same reason.
 */
import { daysBetween } from './dates.ts';

function ago(count: number, unit: string): string {
  return count === 1 ? `last ${unit}` : `${count} ${unit}s ago`;
}

export function relativeDays(days: number): string {
  const since = Math.max(0, Math.round(days));
  if (since === 0) return 'today';
  if (since === 1) return 'yesterday';
  if (since < 7) return `${since} days ago`;
  if (since < 30) return ago(Math.floor(since / 7), 'week');
  if (since < 365) return ago(Math.floor(since / 30), 'month');
  return ago(Math.floor(since / 365), 'year');
}

/** How long before `today` a YYYY-MM-DD date was, in words; undefined for a date that does not parse. */
export function timeAgo(date: string | undefined, today: string): string | undefined {
  const days = date ? daysBetween(date, today) : Number.NaN;
  return Number.isFinite(days) ? relativeDays(days) : undefined;
}
