import { todayUtc } from '../lib/dates.ts';

/**
 * "Today" for this build. BUILD_DATE=YYYY-MM-DD pins it, so tests and
 * reproducible builds decide expiry the same way every time.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): string {
  const pinned = env['BUILD_DATE']?.trim();
  if (!pinned) return todayUtc();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned) || Number.isNaN(Date.parse(pinned))) {
    throw new Error(`BUILD_DATE must be a date written YYYY-MM-DD, got "${pinned}"`);
  }
  return pinned;
}
