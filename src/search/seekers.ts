/**
 * The three questions at the top of the search panel, as the URL holds them
 * and as Pagefind is asked them:
 *   ?country=FR                 "I live in France"
 *   ?tz=Europe/Paris            "Fits my hours", in that zone (or an offset: UTC+2)
 *   ?pay=80000&currency=EUR     "Pay at least €80,000 a year" (&unstated=1: and jobs without a salary)
 * A value the page cannot use (a country it does not list, a zone the
 * browser does not know, an amount that is not one) is dropped and named,
 * so a mistyped link still shows jobs and says what it ignored.
 */
import { offsetOfSetting } from '../lib/time-zones.ts';
import { NO_PAY, WINDOWED } from './filter-keys.ts';

export interface SeekerAnswers {
  /** ISO code of the country the visitor lives in; '' for anywhere. */
  country: string;
  /** An IANA zone or a UTC offset; '' when "Fits my hours" is off. */
  tz: string;
  /** A yearly amount in whole units of `currency`; '' for any pay. */
  pay: string;
  currency: string;
  /** With `pay`: keep jobs whose pay cannot be compared (no salary stated). */
  unstated: boolean;
}

export const noAnswers = (): SeekerAnswers => ({ country: '', tz: '', pay: '', currency: '', unstated: false });

/** Reads the answers as the URL spells them; checkAnswers decides which of them the page can use. */
export function parseAnswers(params: URLSearchParams): SeekerAnswers {
  const get = (key: string) => (params.get(key) ?? '').trim();
  // A "+" typed into an address is read back as a space: "?tz=+02:00" means UTC+2.
  const tz = (params.get('tz') ?? '').replace(/^ (?=\d)/, '+').trim();
  const pay = get('pay').replace(/[\s,_]/g, '');
  return {
    country: get('country').toUpperCase(),
    tz,
    pay,
    currency: get('currency').toUpperCase(),
    unstated: pay !== '' && ['1', 'on', 'yes', 'true'].includes(get('unstated')),
  };
}

/** What the page offers: the countries in its picker and the currencies it converts. */
export interface OfferedAnswers {
  countries: ReadonlySet<string>;
  currencies: ReadonlySet<string>;
  /** The currency an amount without one is in. */
  defaultCurrency: string;
}

/** The largest amount taken seriously: a wrong one would otherwise find nothing and look like a broken page. */
const MAX_PAY = 100_000_000;

/** The answers the page can use, and a note for each value it dropped ("country “ZZ”: not a country"). */
export function checkAnswers(answers: SeekerAnswers, offered: OfferedAnswers, now: Date): { answers: SeekerAnswers; ignored: string[] } {
  const ignored: string[] = [];
  const kept = { ...answers };
  if (kept.country && !offered.countries.has(kept.country)) {
    ignored.push(`country “${kept.country}”: not a country code the board knows`);
    kept.country = '';
  }
  if (kept.tz && offsetOfSetting(kept.tz, now) === undefined) {
    ignored.push(`tz “${kept.tz}”: not a time zone or UTC offset`);
    kept.tz = '';
  }
  if (kept.pay && (!/^\d+$/.test(kept.pay) || Number(kept.pay) < 1 || Number(kept.pay) > MAX_PAY)) {
    ignored.push(`pay “${kept.pay}”: not a whole yearly amount`);
    kept.pay = '';
  }
  if (kept.pay) kept.pay = String(Number(kept.pay));
  if (kept.currency && !offered.currencies.has(kept.currency)) {
    ignored.push(`currency “${kept.currency}”: not one the board converts${kept.pay ? ', so “Pay at least” is off' : ''}`);
    kept.currency = '';
    kept.pay = '';
  }
  if (kept.pay && !kept.currency) kept.currency = offered.defaultCurrency;
  if (!kept.pay) kept.unstated = false;
  return { answers: kept, ignored };
}

/** How many of the three questions are answered: each narrows the results like a filter. */
export function answeredCount(answers: SeekerAnswers): number {
  return [answers.country, answers.tz, answers.pay].filter(Boolean).length;
}

/**
 * The URL parameters of the answers, in a stable order. The currency goes
 * with a pay only: sorted by pay, cards show each job's yearly figure in
 * the currency of whoever opens the link.
 */
export function appendAnswers(params: URLSearchParams, answers: SeekerAnswers): void {
  if (answers.country) params.set('country', answers.country);
  if (answers.tz) params.set('tz', answers.tz);
  if (answers.pay) {
    params.set('pay', answers.pay);
    if (answers.currency) params.set('currency', answers.currency);
    if (answers.unstated) params.set('unstated', '1');
  }
}

/** One Pagefind filter: values any or none of which a result must have, or a list of alternatives. */
export type PagefindFilterValue = string | { any?: string[]; none?: string[] } | PagefindFilters[];
export type PagefindFilters = { [key: string]: PagefindFilterValue };

export interface PayCut {
  /** The visitor's amount on the index's scale (`payThreshold`). */
  threshold: number;
  unstated: boolean;
}

/** What a search asks besides its words: Pagefind filters, and the pay cut the engine turns into one per part. */
export interface SearchRequest {
  filters: PagefindFilters;
  pay?: PayCut | undefined;
}

export interface AnswerContext {
  /** The region ids that include a country (`regionsIncluding`, written into the page at build time). */
  regionsOf: (country: string) => readonly string[];
  /** The visitor's offset today, in minutes east of UTC, for a zone or offset. */
  offsetOf: (tz: string) => number | undefined;
  /** An amount in a currency on the index's scale (`payThreshold`). */
  thresholdOf: (amount: number, currency: string) => number | undefined;
}

/**
 * Adds the answers to a search's filters. "I live in C": a job open to C or
 * to a region holding C, that does not leave C out. "Fits my hours": a job
 * whose window holds today's offset, or one that names no window. "Pay at
 * least": the engine picks the pay values that reach the threshold.
 */
export function withAnswers(filters: PagefindFilters, answers: SeekerAnswers, context: AnswerContext): SearchRequest {
  const request: SearchRequest = { filters: { ...filters } };
  if (answers.country) {
    request.filters['resident'] = { any: [answers.country, ...context.regionsOf(answers.country)] };
    request.filters['excluded'] = { none: [answers.country] };
  }
  const offset = answers.tz ? context.offsetOf(answers.tz) : undefined;
  if (offset !== undefined) request.filters['any'] = [{ hours: String(offset) }, { hours: { none: [WINDOWED] } }];
  const threshold = answers.pay ? context.thresholdOf(Number(answers.pay), answers.currency) : undefined;
  if (threshold !== undefined) request.pay = { threshold, unstated: answers.unstated };
  return request;
}

/**
 * The `pay` filter values a job must have one of to reach the threshold:
 * every yearly figure at or above it in this index part, and "none" when
 * jobs without a comparable salary are kept. Never an empty list, which
 * Pagefind would read as no filter at all.
 */
export function payValuesReaching(values: readonly string[], cut: PayCut): string[] {
  const reaching = values.filter((value) => value !== NO_PAY && Number(value) >= cut.threshold);
  if (cut.unstated) reaching.push(NO_PAY);
  return reaching.length > 0 ? reaching : ['-1'];
}

/**
 * A URL's parameters with the answers remembered on the device filled in
 * where the URL gives none: a link to `?q=designer` searches in the
 * visitor's country, while a link that names a country keeps its own.
 */
export function withRemembered(params: URLSearchParams, saved: SeekerAnswers | undefined): URLSearchParams {
  const filled = new URLSearchParams(params);
  if (!saved) return filled;
  if (!filled.has('country') && saved.country) filled.set('country', saved.country);
  if (!filled.has('tz') && saved.tz) filled.set('tz', saved.tz);
  if (!filled.has('pay') && saved.pay) {
    filled.set('pay', saved.pay);
    if (saved.unstated) filled.set('unstated', '1');
  }
  if (!filled.has('currency') && saved.currency) filled.set('currency', saved.currency);
  return filled;
}

/** Answers read back from storage, or undefined when what is stored is not answers (an old format, another script's). */
export function answersFrom(stored: string | null): SeekerAnswers | undefined {
  let value: unknown;
  try {
    value = JSON.parse(stored ?? 'null');
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : '');
  return { country: text('country'), tz: text('tz'), pay: text('pay'), currency: text('currency'), unstated: record['unstated'] === true };
}
