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

/**
 * Today on the visitor's own calendar. A job posted "2026-11-24" was posted
 * today for someone whose clock says the 24th, wherever they are: "how long
 * ago" in the browser counts from this, not from UTC's date.
 */
export function todayLocal(clock: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${clock.getFullYear()}-${pad(clock.getMonth() + 1)}-${pad(clock.getDate())}`;
}

/** en-GB's short month names, as Intl gives them (Sept, not Sep). */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/**
 * "2026-11-18" -> "18 Nov 2026": unambiguous for readers everywhere.
 * Written out rather than with Intl.DateTimeFormat, which search result
 * cards would pay for in the browser: see src/lib/relative-time.ts.
 */
export function formatDate(date: string): string {
  const d = new Date(toUtc(date));
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
