import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  listsEveryJob,
  pagefindFilters,
  parseState,
  sameSearch,
  stateToQuery,
  withKnownValues,
} from '../../src/search/state.ts';
import { noResultsText } from '../../src/search/no-results.ts';
import { readEntry, resultsToShow, withEntry } from '../../src/search/history.ts';
import { searchFilters, searchSort, type Facetable } from '../../src/search/facets.ts';
import { exchangeRates } from '../../src/config/rates.ts';

describe('search state in the URL', () => {
  it('parses query, repeated filters and sort', () => {
    const state = parseState('?q=+designer+&category=product-design&workplace=remote&workplace=hybrid&sort=salary&bogus=1');
    expect(state.q).toBe('designer');
    expect(state.filters.category).toEqual(['product-design']);
    expect(state.filters.workplace).toEqual(['hybrid', 'remote']);
    expect(state.filters.skill).toEqual([]);
    expect(state.sort).toBe('salary');
    expect(activeFilterCount(state)).toBe(3);
  });

  it('sorts by best match by default when there is a query, else newest', () => {
    expect(parseState('?q=designer').sort).toBe('best');
    expect(parseState('').sort).toBe('newest');
    expect(parseState('?sort=best').sort).toBe('newest');
    expect(stateToQuery(parseState('?q=designer&sort=newest'))).toBe('?q=designer&sort=newest');
    expect(stateToQuery(parseState('?q=designer&sort=best'))).toBe('?q=designer');
  });

  it('round-trips through a stable query string', () => {
    const query = '?q=designer&category=product-design&workplace=hybrid&workplace=remote&sort=salary';
    expect(stateToQuery(parseState(query))).toBe(query);
    expect(stateToQuery(parseState('?workplace=remote&workplace=remote&sort=nonsense'))).toBe('?workplace=remote');
    expect(stateToQuery(parseState(''))).toBe('');
  });

  it('knows the one search the page draws at build time: every job, newest first', () => {
    expect(listsEveryJob(parseState(''))).toBe(true);
    expect(listsEveryJob(parseState('?sort=newest&bogus=1'))).toBe(true);
    expect(listsEveryJob(parseState('?q=designer'))).toBe(false);
    expect(listsEveryJob(parseState('?workplace=remote'))).toBe(false);
    expect(listsEveryJob(parseState('?sort=salary'))).toBe(false);
  });

  it('builds Pagefind filters: OR within a group, AND across groups, optionally without one group', () => {
    const state = parseState('?category=engineering&category=data-ml&region=europe');
    expect(pagefindFilters(state)).toEqual({ category: { any: ['data-ml', 'engineering'] }, region: { any: ['europe'] } });
    expect(pagefindFilters(state, 'category')).toEqual({ region: { any: ['europe'] } });
  });
});

describe('search state in history', () => {
  it('a hash alone, or another spelling of the same state, is the same search', () => {
    expect(sameSearch(parseState('?workplace=remote&category=engineering'), parseState('?category=engineering&workplace=remote'))).toBe(
      true,
    );
    expect(sameSearch(parseState('?q=designer'), parseState('?q=designer&sort=best'))).toBe(true);
    expect(sameSearch(parseState('?q=designer'), parseState('?q=designer&sort=newest'))).toBe(false);
    expect(sameSearch(parseState('?workplace=remote'), parseState(''))).toBe(false);
  });

  it('restores the number of results an entry showed, in whole pages, and one page otherwise', () => {
    expect(resultsToShow({ shownResults: 39 }, 20)).toBe(40);
    expect(resultsToShow({ shownResults: 40 }, 20)).toBe(40);
    expect(resultsToShow({ shownResults: 60, other: 'kept' }, 20)).toBe(60);
    expect(resultsToShow({ shownResults: 7 }, 20)).toBe(20);
    for (const nothing of [null, undefined, 'x', {}, { shownResults: '39' }, { shownResults: Infinity }, { shownResults: -40 }]) {
      expect(resultsToShow(nothing, 20)).toBe(20);
    }
  });

  it('reads back only what it saved, beside what else the entry holds', () => {
    expect(readEntry(withEntry(null, { shownResults: 39, scrollY: 1200 }))).toEqual({ shownResults: 39, scrollY: 1200 });
    expect(withEntry({ shownResults: 20, other: 'kept' }, { shownResults: 39 })).toEqual({ shownResults: 39, other: 'kept' });
    expect(readEntry({ shownResults: 39, scrollY: 'far', other: 1 })).toEqual({ shownResults: 39 });
    expect(readEntry('x')).toEqual({});
    expect(resultsToShow(withEntry(undefined, { shownResults: 59 }), 20)).toBe(60);
  });
});

describe('the empty state', () => {
  it.each([
    ['?q=desinger', 'No jobs match “desinger”.', 'Check the spelling, or try a shorter or more general word.'],
    ['?category=writing', 'No jobs match this filter.', 'Remove the filter above.'],
    ['?category=writing&workplace=remote', 'No jobs match these filters.', 'Remove a filter above, or clear them all.'],
    ['?q=designer&category=writing', 'No jobs match “designer” with this filter.', 'Try other words, or remove the filter above.'],
    [
      '?q=designer&category=writing&region=europe',
      'No jobs match “designer” with these filters.',
      'Try other words, or remove a filter above.',
    ],
  ])('for %s speaks of the words, the filters or both, and offers every job', (search, title, hint) => {
    expect(noResultsText(parseState(search))).toEqual({ title, hint, browseAll: true });
  });

  it('does not offer every job when the board has none', () => {
    expect(noResultsText(parseState(''))).toEqual({
      title: 'There are no open jobs right now.',
      hint: 'Check back soon.',
      browseAll: false,
    });
  });
});

describe('search facets', () => {
  const job: Facetable = {
    category: { id: 'engineering' },
    workplace: 'remote',
    employment: 'full-time',
    experience: 'mid-senior',
    skillIds: ['go', 'sql'],
    placeSlugs: ['europe', 'worldwide'],
    region: ['europe'],
  };
  const yearly = { min: 70000, max: 90000, currency: 'EUR', period: 'year' as const, estimated: false };

  it('gives every job every sort key, with 0 for no salary', () => {
    expect(searchSort(job, exchangeRates, 42)).toEqual({ posted: '0000042', pay: '0' });
    expect(searchFilters(job, exchangeRates)).toMatchObject({
      salary: ['not-stated'],
      pay: ['none'],
      region: ['europe', 'worldwide'],
      skill: ['go', 'sql'],
    });
  });

  it('keys pay by the top of the range per year in the base currency, an hourly rate as a full-time year', () => {
    expect(searchSort({ ...job, salary: yearly }, exchangeRates, 1).pay).toBe('97200');
    expect(searchFilters({ ...job, salary: yearly }, exchangeRates).pay).toEqual(['97200']);
    const hourly = { min: 60, max: 80, currency: 'USD', period: 'hour' as const, estimated: false };
    expect(searchSort({ ...job, salary: hourly }, exchangeRates, 1).pay).toBe('166400');
    // A currency without a rate cannot be compared: no pay value, and last in "Highest pay".
    expect(searchFilters({ ...job, salary: { ...hourly, currency: 'XAF' } }, exchangeRates).pay).toEqual(['none']);
    expect(searchSort({ ...job, salary: { ...hourly, currency: 'XAF' } }, exchangeRates, 1).pay).toBe('0');
  });

  it('counts a salary as stated only when the employer gave it, not when the board estimated it', () => {
    expect(searchFilters({ ...job, salary: yearly }, exchangeRates).salary).toEqual(['stated']);
    const estimate = searchFilters({ ...job, salary: { ...yearly, estimated: true } }, exchangeRates);
    expect(estimate.salary).toEqual(['estimated']);
    // An estimate is still shown, so "Pay at least" still compares it (the card marks it).
    expect(estimate.pay).toEqual(['97200']);
  });

  it('indexes who may apply from where: a remote job by its region and exclusions, an office job by its country', () => {
    const remote = searchFilters({ ...job, exclude: ['FR'] }, exchangeRates);
    expect(remote.resident).toEqual(['europe']);
    expect(remote.excluded).toEqual(['FR']);
    const office = searchFilters({ ...job, workplace: 'hybrid', region: ['eu'], location: 'Lyon, France' }, exchangeRates);
    expect(office.resident).toEqual(['FR']);
    expect(office.excluded).toEqual([]);
  });

  it('indexes a window by every quarter hour it covers, and marks that it has one', () => {
    const hours = searchFilters({ ...job, timezones: { from: -60, to: 60 } }, exchangeRates).hours;
    expect(hours).toEqual(['set', '-60', '-45', '-30', '-15', '0', '15', '30', '45', '60']);
    expect(searchFilters(job, exchangeRates).hours).toEqual([]);
  });
});

describe('filter values the page does not offer', () => {
  const offered = {
    filterValues: (key: string) => (key === 'category' ? new Set(['engineering']) : new Set<string>()),
    countries: new Set(['FR', 'DE']),
    currencies: new Set(['EUR', 'USD']),
    defaultCurrency: 'USD',
  };

  it('drops them, names each, and keeps the rest of the search', () => {
    const { state, ignored } = withKnownValues(
      parseState('?q=go&category=bogus&category=engineering&salary=150k-plus&sort=salary'),
      offered,
      new Date(),
    );
    expect(state).toEqual({ ...parseState('?q=go&category=engineering&sort=salary') });
    expect(stateToQuery(state)).toBe('?q=go&category=engineering&sort=salary');
    expect(ignored).toEqual(['category “bogus”: not offered here', 'salary “150k-plus”: not offered here']);
  });
});
