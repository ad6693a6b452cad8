/**
 * The three questions' controls (src/components/search/SeekerQuestions.astro)
 * read into and written from the search state, and turned into what
 * Pagefind is asked (src/search/seekers.ts).
 */
import { exchangeRates } from '../../config/rates.ts';
import { payThreshold } from '../../lib/pay.ts';
import { formatUtcOffset, offsetOfSetting } from '../../lib/time-zones.ts';
import type { FilterKey } from '../filter-keys.ts';
import { amountLabel } from '../pay-label.ts';
import { withAnswers, type SearchRequest, type SeekerAnswers } from '../seekers.ts';
import { pagefindFilters, type SearchState } from '../state.ts';
import type { QuestionControls, SearchPage } from './elements.ts';

/** The browser's own zone ("Europe/Paris"). Asked only when needed: a first Intl object loads locale data. */
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Names the browser's zone in the first option of the zone list: "This browser: Europe/Paris". */
export function showBrowserZone(q: QuestionControls): void {
  const option = q.tz.querySelector<HTMLOptionElement>('option[data-browser-zone]');
  if (!option || option.value) return;
  const zone = browserZone();
  option.value = zone;
  option.textContent = `This browser: ${zone.replaceAll('_', ' ')}`;
}

const optionFor = (select: HTMLSelectElement, value: string) => [...select.options].find((option) => option.value === value);

/** The form's answers as URL parameters: the zone only while "Fits my hours" is ticked. */
export function readAnswers(q: QuestionControls, params: URLSearchParams): void {
  if (!q.fitsHours.checked) params.delete('tz');
  else if (!params.get('tz')) {
    showBrowserZone(q);
    params.set('tz', q.tz.value);
  }
}

/** Shows the answers in the controls; a zone the list lacks (from a link) is added to it. */
export function writeAnswers(q: QuestionControls, answers: SeekerAnswers): void {
  q.country.value = answers.country;
  q.fitsHours.checked = answers.tz !== '';
  if (answers.tz) {
    if (!optionFor(q.tz, answers.tz)) showBrowserZone(q);
    if (!optionFor(q.tz, answers.tz)) q.tz.add(new Option(answers.tz.replaceAll('_', ' '), answers.tz), 1);
    q.tz.value = answers.tz;
  }
  q.pay.value = answers.pay;
  // A search without a currency keeps the one chosen before (or remembered).
  if (answers.currency) q.currency.value = answers.currency;
  q.unstated.checked = answers.unstated;
}

/** The visitor's offset today for a zone or an offset. */
export const offsetToday = (tz: string) => offsetOfSetting(tz, new Date());

export interface AnswerLabels {
  country?: string | undefined;
  hours?: string | undefined;
  pay?: string | undefined;
}

/** How chips and the empty state name the answers: "France", "UTC+1", "€80,000". */
export function answerLabels(q: QuestionControls, answers: SeekerAnswers): AnswerLabels {
  const offset = answers.tz ? offsetToday(answers.tz) : undefined;
  return {
    country: answers.country ? optionFor(q.country, answers.country)?.textContent?.trim() : undefined,
    hours: offset === undefined ? undefined : formatUtcOffset(offset),
    pay: answers.pay ? amountLabel(Number(answers.pay), answers.currency) : undefined,
  };
}

/** What Pagefind is asked for a state: its ticked filters (less one group, for that group's counts) and the answers. */
export function requestFor(page: SearchPage, state: SearchState, without?: FilterKey): SearchRequest {
  const q = page.questions;
  return withAnswers(pagefindFilters(state, without), state.answers, {
    regionsOf: (country) => (optionFor(q.country, country)?.dataset['regions'] ?? '').split(' ').filter(Boolean),
    offsetOf: offsetToday,
    thresholdOf: (amount, currency) => payThreshold(amount, currency, exchangeRates),
  });
}
