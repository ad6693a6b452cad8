import { addDays } from './dates.ts';

export interface Dated {
  posted: string;
  expires?: string | undefined;
}

/** The last day a listing accepts applications. */
export function closingDate(job: Dated, defaultExpiryDays: number): string {
  return job.expires ?? addDays(job.posted, defaultExpiryDays);
}

/** Open through its closing day; closed from the day after. */
export function isOpen(job: Dated, today: string, defaultExpiryDays: number): boolean {
  return today <= closingDate(job, defaultExpiryDays);
}
