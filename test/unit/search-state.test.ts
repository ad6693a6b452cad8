import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  listsEveryJob,
  noResultsText,
  pagefindFilters,
  parseState,
  sameSearch,
  stateToQuery,
  withKnownFilters,
} from '../../src/search/state.ts';
import { readEntry, resultsToShow, withEntry } from '../../src/search/history.ts';
import { searchFilters, searchSort } from '../../src/search/facets.ts';
import { bandFor, yearlyInBase } from '../../src/lib/salary-band.ts';
import { salaryBanding } from '../../src/config/search.ts';

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
  const job = {
    category: { id: 'engineering' },
    workplace: 'remote',
    employment: 'full-time',
    experience: 'mid-senior',
    skillIds: ['go', 'sql'],
    placeSlugs: ['europe', 'worldwide'],
  };

  it('gives every job every sort key, with 0 for no salary', () => {
    expect(searchSort(job, salaryBanding, 42)).toEqual({ posted: '0000042', salary: '0' });
    expect(searchFilters(job, salaryBanding)).toMatchObject({
      salary: ['not-stated'],
      band: [],
      region: ['europe', 'worldwide'],
      skill: ['go', 'sql'],
    });
  });

  it('bands salaries by their yearly value in the base currency', () => {
    const salary = { min: 70000, max: 90000, currency: 'EUR', period: 'year' as const, estimated: false };
    expect(yearlyInBase(salary, salaryBanding.rates)).toBe(97200);
    expect(searchFilters({ ...job, salary }, salaryBanding).band).toEqual(['50k-100k']);
    expect(searchSort({ ...job, salary }, salaryBanding, 1).salary).toBe('97200');
    const hourly = { min: 60, max: 80, currency: 'USD', period: 'hour' as const, estimated: false };
    expect(yearlyInBase(hourly, salaryBanding.rates)).toBe(166400);
    expect(bandFor(166400, salaryBanding.bands).id).toBe('150k-plus');
    expect(bandFor(10, salaryBanding.bands).id).toBe('under-50k');
    expect(yearlyInBase({ ...hourly, currency: 'XAF' }, salaryBanding.rates)).toBeUndefined();
  });

  it('counts a salary as stated only when the employer gave it, not when the board estimated it', () => {
    const salary = { min: 70000, max: 90000, currency: 'EUR', period: 'year' as const, estimated: false };
    expect(searchFilters({ ...job, salary }, salaryBanding).salary).toEqual(['stated']);
    const estimate = searchFilters({ ...job, salary: { ...salary, estimated: true } }, salaryBanding);
    expect(estimate.salary).toEqual(['estimated']);
    // An estimate is still shown, so it still falls in a pay band.
    expect(estimate.band).toEqual(['50k-100k']);
  });
});

describe('filter values the page does not offer', () => {
  it('drops them and keeps the rest of the search', () => {
    const offered: Record<string, ReadonlySet<string>> = { category: new Set(['engineering']), band: new Set(['150k-plus']) };
    const known = (key: string) => offered[key] ?? new Set<string>();
    const state = withKnownFilters(parseState('?q=go&category=bogus&category=engineering&salary=150k-plus&sort=salary'), known);
    expect(state).toEqual({ ...parseState('?q=go&category=engineering&sort=salary') });
    expect(stateToQuery(state)).toBe('?q=go&category=engineering&sort=salary');
  });
});
