/** The three questions: the URL's answers, what Pagefind is asked, the pay cut, remembered answers and the empty state. */
import { describe, expect, it } from 'vitest';
import {
  answersFrom,
  checkAnswers,
  noAnswers,
  parseAnswers,
  payValuesReaching,
  withAnswers,
  withRemembered,
  type AnswerContext,
} from '../../src/search/seekers.ts';
import { activeFilterCount, listsEveryJob, parseState, stateToQuery } from '../../src/search/state.ts';
import { noResultsText, plainEmptyTitle } from '../../src/search/no-results.ts';
import { regionsIncluding } from '../../src/lib/eligibility.ts';
import { offsetOfSetting } from '../../src/lib/time-zones.ts';
import { payThreshold } from '../../src/lib/pay.ts';
import { exchangeRates } from '../../src/config/rates.ts';
import { amountLabel, yearlyLabel } from '../../src/search/pay-label.ts';
import { countryOptions, offsetOptions } from '../../src/search/question-options.ts';

const offered = { countries: new Set(['FR', 'DE', 'US']), currencies: new Set(['EUR', 'USD', 'GBP']), defaultCurrency: 'USD' };
const winter = new Date('2026-01-15T12:00:00Z');
const answers = (search: string) => parseAnswers(new URLSearchParams(search));
const checked = (search: string) => checkAnswers(answers(search), offered, winter);

describe('answers in the URL', () => {
  it('reads a country, a zone, a pay and its currency', () => {
    expect(answers('?country=fr&tz=Europe/Paris&pay=80 000&currency=eur&unstated=1')).toEqual({
      country: 'FR',
      tz: 'Europe/Paris',
      pay: '80000',
      currency: 'EUR',
      unstated: true,
    });
    expect(answers('')).toEqual(noAnswers());
    // "+" in an address arrives as a space.
    expect(answers('?tz=+02:00').tz).toBe('+02:00');
    // Including jobs without a salary means nothing without a pay to reach.
    expect(answers('?unstated=1').unstated).toBe(false);
  });

  it('round-trips in a stable order, with the currency only where it matters', () => {
    const query = '?q=designer&country=FR&tz=Europe%2FParis&pay=80000&currency=EUR&unstated=1';
    expect(stateToQuery(parseState(query))).toBe(query);
    expect(stateToQuery(parseState('?currency=EUR'))).toBe('');
    // Sorted by pay, cards use the currency of whoever opens the link.
    expect(stateToQuery(parseState('?currency=EUR&sort=salary'))).toBe('?sort=salary');
  });

  it('counts each answer as a filter, so the drawn list of every job is not used', () => {
    expect(activeFilterCount(parseState('?country=FR&tz=UTC&pay=1&category=sales'))).toBe(4);
    expect(listsEveryJob(parseState('?country=FR'))).toBe(false);
  });
});

describe('answers the page cannot use', () => {
  it('keeps the good ones and fills in the default currency', () => {
    expect(checked('?country=DE&tz=UTC%2B2&pay=90000')).toEqual({
      answers: { country: 'DE', tz: 'UTC+2', pay: '90000', currency: 'USD', unstated: false },
      ignored: [],
    });
  });

  it.each([
    ['?country=ZZ', 'country “ZZ”: not a country code the board knows'],
    ['?tz=Mars/Olympus', 'tz “Mars/Olympus”: not a time zone or UTC offset'],
    ['?tz=UTC%2B15', 'tz “UTC+15”: not a time zone or UTC offset'],
    ['?pay=lots', 'pay “lots”: not a whole yearly amount'],
    ['?pay=0', 'pay “0”: not a whole yearly amount'],
    ['?pay=80000&currency=XYZ', 'currency “XYZ”: not one the board converts, so “Pay at least” is off'],
    ['?currency=XYZ', 'currency “XYZ”: not one the board converts'],
  ])('drops %s and says why', (search, note) => {
    const { answers: kept, ignored } = checked(search);
    expect(ignored).toEqual([note]);
    expect(kept).toEqual({ ...noAnswers(), currency: '' });
  });
});

describe('what Pagefind is asked', () => {
  const context: AnswerContext = {
    regionsOf: regionsIncluding,
    offsetOf: (tz) => offsetOfSetting(tz, winter),
    thresholdOf: (amount, currency) => payThreshold(amount, currency, exchangeRates),
  };

  it('asks for jobs open to the country or a region holding it, that do not leave it out', () => {
    const request = withAnswers({ category: { any: ['design'] } }, checked('?country=FR').answers, context);
    expect(request.filters).toEqual({
      category: { any: ['design'] },
      resident: { any: ['FR', 'worldwide', 'europe', 'eu', 'emea'] },
      excluded: { none: ['FR'] },
    });
    expect(request.pay).toBeUndefined();
  });

  it('asks for a window holding today’s offset, or no window at all', () => {
    const request = withAnswers({}, checked('?tz=Europe/Paris').answers, context);
    expect(request.filters).toEqual({ any: [{ hours: '60' }, { hours: { none: ['set'] } }] });
    const summer = withAnswers({}, checked('?tz=Europe/Paris').answers, {
      ...context,
      offsetOf: (tz) => offsetOfSetting(tz, new Date('2026-07-01')),
    });
    expect(summer.filters['any']).toEqual([{ hours: '120' }, { hours: { none: ['set'] } }]);
  });

  it('puts the pay on the index’s scale: €90,000 is $97,200', () => {
    expect(withAnswers({}, checked('?pay=90000&currency=EUR&unstated=1').answers, context).pay).toEqual({
      threshold: 97200,
      unstated: true,
    });
  });

  it('cuts pay by the values that reach the threshold, and never asks for an empty list', () => {
    const values = ['none', '58400', '82550', '97200', '104000', '118800'];
    expect(payValuesReaching(values, { threshold: 97200, unstated: false })).toEqual(['97200', '104000', '118800']);
    expect(payValuesReaching(values, { threshold: 97200, unstated: true })).toEqual(['97200', '104000', '118800', 'none']);
    // Pagefind reads `any: []` as no filter: a value no job has finds nothing instead.
    expect(payValuesReaching(values, { threshold: 500000, unstated: false })).toEqual(['-1']);
  });
});

describe('answers remembered on the device', () => {
  const saved = { country: 'FR', tz: 'Europe/Paris', pay: '80000', currency: 'EUR', unstated: true };

  it('fill in the questions a URL leaves open, never those it answers', () => {
    expect(withRemembered(new URLSearchParams('q=go'), saved).toString()).toBe(
      'q=go&country=FR&tz=Europe%2FParis&pay=80000&unstated=1&currency=EUR',
    );
    expect(withRemembered(new URLSearchParams('country=DE&pay=50000&currency=GBP'), saved).toString()).toBe(
      'country=DE&pay=50000&currency=GBP&tz=Europe%2FParis',
    );
    expect(withRemembered(new URLSearchParams('q=go'), undefined).toString()).toBe('q=go');
  });

  it('read back only what looks like answers', () => {
    expect(answersFrom(JSON.stringify(saved))).toEqual(saved);
    expect(answersFrom(JSON.stringify({ country: 7, unstated: 'yes' }))).toEqual(noAnswers());
    for (const junk of [null, '', 'not json', '42', '"FR"']) expect(answersFrom(junk)).toBeUndefined();
  });
});

describe('the empty state, in the visitor’s words', () => {
  const labels = { workplace: 'remote', category: 'Design', country: 'France', pay: '€80,000' };

  it.each([
    ['?workplace=remote&category=product-design&country=FR', 'No remote jobs in Design are open to people in France.'],
    ['?country=FR&tz=UTC', 'No jobs are open to people in France and fit your hours.'],
    ['?category=product-design&pay=80000&currency=EUR', 'No jobs in Design pay at least €80,000 a year.'],
  ])('%s: %s', (search, title) => {
    expect(plainEmptyTitle(parseState(search), labels)).toBe(title);
  });

  it('says that jobs without a salary are hidden by the pay question', () => {
    expect(noResultsText(parseState('?pay=80000&currency=EUR'), labels).hint).toBe(
      'Change an answer, or remove the filter above. Jobs that state no salary are hidden by “Pay at least”.',
    );
  });

  it('falls back to the general words for words or other filters', () => {
    expect(plainEmptyTitle(parseState('?q=go&country=FR'), labels)).toBeUndefined();
    expect(plainEmptyTitle(parseState('?skill=go&country=FR'), labels)).toBeUndefined();
    expect(plainEmptyTitle(parseState('?category=sales'), labels)).toBeUndefined();
    expect(noResultsText(parseState('?skill=go&country=FR'), labels).title).toBe('No jobs match these filters.');
  });
});

describe('pay in the visitor’s currency', () => {
  it('gives a yearly figure compactly, converted', () => {
    expect(yearlyLabel(104000, 'USD', exchangeRates)).toBe('≈ $104K a year');
    expect(yearlyLabel(97200, 'EUR', exchangeRates)).toBe('≈ €90K a year');
    expect(yearlyLabel(0, 'EUR', exchangeRates)).toBeUndefined();
    expect(amountLabel(80000, 'GBP')).toBe('£80,000');
  });
});

describe('the options of the questions', () => {
  it('lists every country by name, with the regions that hold it', () => {
    const countries = countryOptions();
    expect(countries.find((c) => c.code === 'FR')).toEqual({ code: 'FR', name: 'France', regions: 'worldwide europe eu emea' });
    expect(countries.map((c) => c.name)).toEqual([...countries.map((c) => c.name)].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('lists the offsets in use, west to east, as the URL takes them', () => {
    const offsets = offsetOptions();
    expect(offsets[0]).toEqual({ value: 'UTC-12', label: 'UTC−12' });
    expect(offsets.at(-1)).toEqual({ value: 'UTC+14', label: 'UTC+14' });
    expect(offsets.map((o) => o.value)).toContain('UTC+5:45');
    for (const { value } of offsets) expect(offsetOfSetting(value, winter)).toBeDefined();
  });
});
