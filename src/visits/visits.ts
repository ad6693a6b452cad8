/**
 * "New since your last visit", worked out from two times kept in the
 * visitor's browser (never sent anywhere): when their previous visit ended
 * and when they last opened a page.
 *
 * A visit is a run of page views with no gap longer than `visitGapMs`, as
 * analytics tools count a session. So a badge stays put while the visitor
 * moves between pages or opens jobs in new tabs, and the jobs it marks
 * change only when they come back after a break.
 *
 * Jobs carry a posting day, not a time, so "new" means posted on a later
 * day than the previous visit: a job posted on that same day may have been
 * seen then, and is not marked.
 */
import { todayLocal } from '../lib/dates.ts';
import { jsonObject } from '../client/storage.ts';

export const visitGapMs = 30 * 60_000;

export interface Visits {
  /** When the previous visit ended (its last page view), ms since 1970; none on a first visit. */
  previous?: number;
  /** This visit's latest page view. */
  latest: number;
}

/** What storage held: the visit times, "off" when the visitor turned the badges off, or nothing usable. */
export function parseVisits(value: unknown): Visits | 'off' | undefined {
  const record = jsonObject(value);
  if (!record) return undefined;
  if (record['off'] === true) return 'off';
  const { previous, latest } = record;
  if (typeof latest !== 'number' || !Number.isFinite(latest)) return undefined;
  return typeof previous === 'number' && Number.isFinite(previous) && previous <= latest ? { previous, latest } : { latest };
}

/** The times after a page view at `now`: a new visit begins after a long enough gap. */
export function afterPageView(visits: Visits | undefined, now: number): Visits {
  if (!visits) return { latest: now };
  if (now - visits.latest > visitGapMs) return { previous: visits.latest, latest: now };
  return visits.previous === undefined ? { latest: now } : { previous: visits.previous, latest: now };
}

/** The visitor's calendar day of the previous visit: jobs posted after it are new. Undefined on a first visit. */
export function newAfter(visits: Visits): string | undefined {
  return visits.previous === undefined ? undefined : todayLocal(new Date(visits.previous));
}

export function isNewSince(posted: string, newAfterDay: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(posted) && posted > newAfterDay;
}
