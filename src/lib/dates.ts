/**
 * Calendar dates are "YYYY-MM-DD" strings throughout: they compare with <,
 * survive JSON, and never shift with the build machine's time zone.
 */
const DAY_MS = 86_400_000;

function toUtc(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

export function addDays(date: string, days: number): string {
  return new Date(toUtc(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

export function todayUtc(clock: Date = new Date()): string {
  return clock.toISOString().slice(0, 10);
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

// A board has a few hundred distinct dates but prints them on every card of every list page.
const formattedDates = new Map<string, string>();

/** "2026-11-18" -> "18 Nov 2026": unambiguous for readers everywhere. */
export function formatDate(date: string): string {
  let text = formattedDates.get(date);
  if (text === undefined) {
    text = longDate.format(new Date(toUtc(date)));
    formattedDates.set(date, text);
  }
  return text;
}
